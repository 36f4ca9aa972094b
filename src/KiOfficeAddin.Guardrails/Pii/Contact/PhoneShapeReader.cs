using System.Buffers;

namespace KiOfficeAddin.Guardrails.Pii.Contact;

/// <summary>
/// The matches of <c>PhoneShape</c> (see <see cref="ContactRecognizer"/>) in a whole text, read by hand: the pattern's
/// engine tried a match at every '0' of the text (every date and amount has some) with its own machinery for each
/// attempt. The pattern is
/// <c>(?:(?:\+|00)[1-9]\d{0,2}[ \-/]{0,2}(?:\(0\)[ ]?)?\(?\d{1,5}\)?|\(0\d{1,5}\)|\(0(?:[ ]?\d){2,5}\)|0 ?\d{1,5})(?:[ \-–/]{0,3}\d{1,8}){1,5}</c>:
/// the prefix's choices are tried here in the order the backtracking engine tries them (greedy counts from the most
/// down, an optional part first taken, then left out), each followed by the repeated group, and the first choice the
/// group can follow gives the match. The group itself never gives back: nothing follows it, so its greedy reading is
/// the match's end. <c>\d</c> is any decimal digit (<see cref="char.IsDigit(char)"/>), <c>[1-9]</c> ASCII only, as in
/// the pattern. <c>PhoneShapeReaderTests</c> compares both on random texts.
/// </summary>
internal static class PhoneShapeReader
{
    // Every match starts with one of these ('+' or "00" of an international number, '(' of an area code, '0').
    private static readonly SearchValues<char> MatchStarts = SearchValues.Create("+(0");

    /// <summary>
    /// The first match at or after <paramref name="from"/>: its start and end, as the pattern's scan of the whole text
    /// finds it when its last match ended at <paramref name="from"/>; false when there is none.
    /// </summary>
    public static bool Next(string text, int from, out int start, out int end)
    {
        var s = text.AsSpan();
        for (var p = from; p < s.Length; p++)
        {
            var found = s[p..].IndexOfAny(MatchStarts);
            if (found < 0)
            {
                break;
            }
            p += found;
            var matchEnd = MatchEnd(s, p);
            if (matchEnd >= 0)
            {
                start = p;
                end = matchEnd;
                return true;
            }
        }
        start = end = -1;
        return false;
    }

    /// <summary>Where the pattern's match at <paramref name="p"/> ends, or -1 when none starts there.</summary>
    internal static int MatchEnd(ReadOnlySpan<char> s, int p)
    {
        switch (s[p])
        {
            case '+':
                return International(s, p + 1);
            case '0':
                // "00…" is tried as an international prefix first; then "0 ?\d{1,5}".
                if (p + 1 < s.Length && s[p + 1] == '0' && International(s, p + 2) is var international and >= 0)
                {
                    return international;
                }
                return Trunk(s, p + 1);
            case '(':
                if (p + 1 >= s.Length || s[p + 1] != '0')
                {
                    return -1;
                }
                // "\(0\d{1,5}\)", then "\(0(?:[ ]?\d){2,5}\)".
                return BracketedAreaCode(s, p + 2) is var bracketed and >= 0 ? bracketed : SpacedBracketedAreaCode(s, p + 2, 0);
            default:
                return -1;
        }
    }

    /// <summary>After "+" or "00": <c>[1-9]\d{0,2}[ \-/]{0,2}(?:\(0\)[ ]?)?\(?\d{1,5}\)?</c>, then the repeated group.</summary>
    private static int International(ReadOnlySpan<char> s, int q)
    {
        if (q >= s.Length || s[q] is < '1' or > '9')
        {
            return -1;
        }
        q++;
        for (var countryDigits = CountDigits(s, q, 2); countryDigits >= 0; countryDigits--)
        {
            var afterCountry = q + countryDigits;
            for (var separators = CountInternationalSeparators(s, afterCountry); separators >= 0; separators--)
            {
                var afterSeparators = afterCountry + separators;
                // "(0)" and a space, "(0)" alone, then neither.
                var hasTrunkZero = s[afterSeparators..].StartsWith("(0)");
                for (var option = hasTrunkZero ? 0 : 2; option < 3; option++)
                {
                    var afterTrunkZero = option switch
                    {
                        0 => At(s, afterSeparators + 3, ' ') ? afterSeparators + 4 : -1,
                        1 => afterSeparators + 3,
                        _ => afterSeparators,
                    };
                    if (afterTrunkZero < 0)
                    {
                        continue;
                    }
                    // An opening bracket taken, then left out.
                    for (var open = At(s, afterTrunkZero, '(') ? 1 : 0; open >= 0; open--)
                    {
                        var areaStart = afterTrunkZero + open;
                        for (var areaDigits = CountDigits(s, areaStart, 5); areaDigits >= 1; areaDigits--)
                        {
                            var afterArea = areaStart + areaDigits;
                            for (var close = At(s, afterArea, ')') ? 1 : 0; close >= 0; close--)
                            {
                                if (Groups(s, afterArea + close) is var end and >= 0)
                                {
                                    return end;
                                }
                            }
                        }
                    }
                }
            }
        }
        return -1;
    }

    /// <summary>After a '0': <c> ?\d{1,5}</c>, then the repeated group.</summary>
    private static int Trunk(ReadOnlySpan<char> s, int q)
    {
        for (var space = At(s, q, ' ') ? 1 : 0; space >= 0; space--)
        {
            var digitsStart = q + space;
            for (var digits = CountDigits(s, digitsStart, 5); digits >= 1; digits--)
            {
                if (Groups(s, digitsStart + digits) is var end and >= 0)
                {
                    return end;
                }
            }
        }
        return -1;
    }

    /// <summary>After "(0": <c>\d{1,5}\)</c>, then the repeated group.</summary>
    private static int BracketedAreaCode(ReadOnlySpan<char> s, int q)
    {
        for (var digits = CountDigits(s, q, 5); digits >= 1; digits--)
        {
            if (At(s, q + digits, ')') && Groups(s, q + digits + 1) is var end and >= 0)
            {
                return end;
            }
        }
        return -1;
    }

    /// <summary>
    /// After "(0" and <paramref name="iterations"/> of <c>[ ]?\d</c>: more of them (greedy, at most five, a space taken
    /// first), then <c>\)</c> after at least two, then the repeated group.
    /// </summary>
    private static int SpacedBracketedAreaCode(ReadOnlySpan<char> s, int q, int iterations)
    {
        if (iterations < 5)
        {
            if (At(s, q, ' ') && q + 1 < s.Length && IsDigit(s[q + 1]) && SpacedBracketedAreaCode(s, q + 2, iterations + 1) is var spaced and >= 0)
            {
                return spaced;
            }
            if (q < s.Length && IsDigit(s[q]) && SpacedBracketedAreaCode(s, q + 1, iterations + 1) is var unspaced and >= 0)
            {
                return unspaced;
            }
        }
        return iterations >= 2 && At(s, q, ')') ? Groups(s, q + 1) : -1;
    }

    /// <summary>
    /// <c>(?:[ \-–/]{0,3}\d{1,8}){1,5}</c> from <paramref name="q"/>: its end, or -1 when not even one group follows. A
    /// group holds only where a digit follows the separators it takes (at most three; fewer leave a separator, no digit),
    /// and nothing after the groups can fail, so each takes all it can.
    /// </summary>
    private static int Groups(ReadOnlySpan<char> s, int q)
    {
        var end = -1;
        for (var group = 0; group < 5; group++)
        {
            var digitsStart = q + CountGroupSeparators(s, q);
            var digits = CountDigits(s, digitsStart, 8);
            if (digits == 0)
            {
                break;
            }
            q = end = digitsStart + digits;
        }
        return end;
    }

    /// <summary>How many decimal digits (<c>\d</c>) stand from <paramref name="q"/> on, at most <paramref name="most"/>.</summary>
    private static int CountDigits(ReadOnlySpan<char> s, int q, int most)
    {
        var count = 0;
        while (count < most && q + count < s.Length && IsDigit(s[q + count]))
        {
            count++;
        }
        return count;
    }

    /// <summary>How many of <c>[ \-/]</c> stand from <paramref name="q"/> on, at most two.</summary>
    private static int CountInternationalSeparators(ReadOnlySpan<char> s, int q)
    {
        var count = 0;
        while (count < 2 && q + count < s.Length && s[q + count] is ' ' or '-' or '/')
        {
            count++;
        }
        return count;
    }

    /// <summary>How many of <c>[ \-–/]</c> stand from <paramref name="q"/> on, at most three.</summary>
    private static int CountGroupSeparators(ReadOnlySpan<char> s, int q)
    {
        var count = 0;
        while (count < 3 && q + count < s.Length && s[q + count] is ' ' or '-' or '–' or '/')
        {
            count++;
        }
        return count;
    }

    private static bool At(ReadOnlySpan<char> s, int q, char c) => q < s.Length && s[q] == c;

    // \d: any decimal digit, as the pattern reads it.
    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || (c > 0x7F && char.IsDigit(c));
}
