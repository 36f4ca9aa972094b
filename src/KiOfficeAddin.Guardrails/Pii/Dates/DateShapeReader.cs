using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Dates;

/// <summary>
/// The matches of <c>DateShape</c> (see <see cref="DateOfBirthRecognizer"/>) in a window around a digit cluster, read
/// by hand: a letter has a few dates, and the pattern's set-up for each window (and its second call, which finds no
/// further match) cost more than reading them. The pattern's six forms are "d.m.yy" (with optional spaces and
/// century), "d. Monat yyyy" (the month capitalised or in lower case), "yyyy-mm-dd", "yyyy.mm.dd", "yyyy/mm/dd", "d/m/yyyy" and "d-m-yyyy"; each begins with a digit after \b, and at any position at
/// most one of them can match, in exactly one way (every day and month is followed by a character that is no digit,
/// and no month name is the start of another), so backtracking never changes a match. Every character is read inside
/// the window, as the pattern run on the window reads it.
/// </summary>
internal static class DateShapeReader
{
    // In the pattern's order; no name starts another one.
    private static readonly string[] MonthNames =
    [
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember", "Jan.", "Feb.", "Mär.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Okt.", "Nov.", "Dez.",
    ];

    /// <summary>
    /// Adds the matches of the pattern in <paramref name="window"/> (at <paramref name="offset"/> in the text), as its
    /// scan of the window gives them. False, with nothing added, when a digit follows a character other than ASCII
    /// (whether \b holds there is the pattern's own answer): the caller then runs the pattern.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> window, int offset, List<(int Index, int Length)> matches) =>
        BoundaryScan.TryRead<Shape>(window, offset, matches);

    private readonly struct Shape : IShapeAtWordStart
    {
        // Every form begins with a digit.
        public static bool MayStartAt(ReadOnlySpan<char> s, int p) => char.IsAsciiDigit(s[p]);

        public static int MatchLength(ReadOnlySpan<char> s, int p) => DateShapeReader.MatchLength(s, p);
    }

    /// <summary>The length of the pattern's match at <paramref name="p"/> (where \b holds), or 0.</summary>
    internal static int MatchLength(ReadOnlySpan<char> s, int p)
    {
        var dayEnd = DayEnd(s, p);
        if (dayEnd > 0 && dayEnd < s.Length)
        {
            var after = s[dayEnd];
            if (after == '.')
            {
                // "12.03.1980", "1. 3. 80"
                var monthStart = SkipOneSpace(s, dayEnd + 1);
                var monthEnd = MonthNumberEnd(s, monthStart);
                if (monthEnd > 0 && monthEnd < s.Length && s[monthEnd] == '.')
                {
                    var yearEnd = DottedYearEnd(s, SkipOneSpace(s, monthEnd + 1));
                    return yearEnd > 0 ? yearEnd - p : 0;
                }
            }
            if (after is '.' or ' ')
            {
                // "3. März 1975", "3 Mär. 1975"
                return SpelledDateEnd(s, after == '.' ? dayEnd + 1 : dayEnd) is var end and > 0 ? end - p : 0;
            }
            if (after is '/' or '-')
            {
                // "30/11/2026", and as the Dutch write it, "30-11-2026"
                var monthEnd = MonthNumberEnd(s, dayEnd + 1);
                if (monthEnd > 0 && monthEnd < s.Length && s[monthEnd] == after && IsCenturyYear(s, monthEnd + 1))
                {
                    return monthEnd + 5 - p;
                }
                return 0;
            }
        }
        // "2026-11-30", "1987.03.21", "2001/05/02"
        return IsCenturyYear(s, p) && p + 10 <= s.Length && s[p + 4] is '-' or '.' or '/' && s[p + 7] == s[p + 4]
            && IsMonthOfTwo(s[p + 5], s[p + 6]) && IsDayOfTwo(s[p + 8], s[p + 9]) ? 10 : 0;
    }

    /// <summary>
    /// <c>(?:0?[1-9]|[12][0-9]|3[01])</c> before a character that is no digit: its end, or 0. What follows a day in
    /// every form is no digit, so the day takes all the digits there are, one or two.
    /// </summary>
    private static int DayEnd(ReadOnlySpan<char> s, int p)
    {
        if (p + 1 < s.Length && char.IsAsciiDigit(s[p + 1]))
        {
            return IsDayOfTwo(s[p], s[p + 1]) && (p + 2 >= s.Length || !char.IsAsciiDigit(s[p + 2])) ? p + 2 : 0;
        }
        return s[p] != '0' ? p + 1 : 0;
    }

    /// <summary><c>(?:0?[1-9]|1[0-2])</c> before a character that is no digit, like <see cref="DayEnd"/>: its end, or 0.</summary>
    private static int MonthNumberEnd(ReadOnlySpan<char> s, int p)
    {
        if (p >= s.Length || !char.IsAsciiDigit(s[p]))
        {
            return 0;
        }
        if (p + 1 < s.Length && char.IsAsciiDigit(s[p + 1]))
        {
            var month = ((s[p] - '0') * 10) + (s[p + 1] - '0');
            return month is >= 1 and <= 12 && (p + 2 >= s.Length || !char.IsAsciiDigit(s[p + 2])) ? p + 2 : 0;
        }
        return s[p] != '0' ? p + 1 : 0;
    }

    private static bool IsDayOfTwo(char tens, char ones) =>
        char.IsAsciiDigit(tens) && char.IsAsciiDigit(ones) && ((tens - '0') * 10) + (ones - '0') is >= 1 and <= 31;

    // "0[1-9]|1[0-2]": two digits.
    private static bool IsMonthOfTwo(char tens, char ones) =>
        char.IsAsciiDigit(tens) && char.IsAsciiDigit(ones) && ((tens - '0') * 10) + (ones - '0') is >= 1 and <= 12;

    /// <summary><c>[ ]?</c>: one space is taken where there is one (what follows it is never a space).</summary>
    private static int SkipOneSpace(ReadOnlySpan<char> s, int i) => i < s.Length && s[i] == ' ' ? i + 1 : i;

    /// <summary><c>(?:19|20)?[0-9]{2}</c>: four digits with the century where they start with 19 or 20, else two; the end, or 0.</summary>
    private static int DottedYearEnd(ReadOnlySpan<char> s, int i)
    {
        if (IsCenturyYear(s, i))
        {
            return i + 4;
        }
        return i + 2 <= s.Length && char.IsAsciiDigit(s[i]) && char.IsAsciiDigit(s[i + 1]) ? i + 2 : 0;
    }

    /// <summary><c>(?:19|20)[0-9]{2}</c> at <paramref name="i"/>.</summary>
    private static bool IsCenturyYear(ReadOnlySpan<char> s, int i) =>
        i + 4 <= s.Length && ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0'))
        && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3]);

    /// <summary>
    /// <c>[ ]{1,2}(?:Januar|…|Dez\.)[ ]{1,2}(?:19|20)[0-9]{2}</c> from <paramref name="i"/>: its end, or 0. Two spaces
    /// are taken where there are two (a month name and a year start with no space, so taking one fewer never helps).
    /// </summary>
    private static int SpelledDateEnd(ReadOnlySpan<char> s, int i)
    {
        var monthStart = SpacesEnd(s, i);
        if (monthStart == 0 || monthStart >= s.Length)
        {
            return 0;
        }
        // The pattern takes the first letter in either case ("[Mm]ärz"), the rest as written.
        var first = s[monthStart];
        foreach (var name in MonthNames)
        {
            if ((first == name[0] || first == char.ToLowerInvariant(name[0])) && s[(monthStart + 1)..].StartsWith(name.AsSpan(1), StringComparison.Ordinal))
            {
                var yearStart = SpacesEnd(s, monthStart + name.Length);
                return yearStart > 0 && IsCenturyYear(s, yearStart) ? yearStart + 4 : 0;
            }
        }
        return 0;
    }

    /// <summary><c>[ ]{1,2}</c> at <paramref name="i"/>, greedy: the end, or 0 without a space.</summary>
    private static int SpacesEnd(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length || s[i] != ' ')
        {
            return 0;
        }
        return i + 1 < s.Length && s[i + 1] == ' ' ? i + 2 : i + 1;
    }
}
