using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// A digit-led shape and its window around a digit cluster (see <see cref="DigitClusters.Matches"/>); <c>Admits</c>, when
/// given, is a further test every cluster that holds a match passes (the characters around it, a separator inside);
/// <c>Reader</c>, when given, reads the pattern's matches in a window by hand (the pattern runs where it declines).
/// </summary>
internal sealed record ClusterShape(Regex Pattern, int MinimumDigits, int Before, int After, Func<string, DigitCluster, bool>? Admits = null,
    WindowReader? Reader = null);

/// <summary>
/// Adds the matches of a shape's pattern in <paramref name="window"/>, which starts at <paramref name="offset"/> in the
/// text, exactly as the pattern run on the window finds them; or adds nothing and returns false, and the pattern runs.
/// </summary>
internal delegate bool WindowReader(ReadOnlySpan<char> window, int offset, List<(int Index, int Length)> matches);

/// <summary>A maximal run of digits joined by up to three separators (<c>[ \-/.]</c>): <c>[Start, End)</c>, with its digit count.</summary>
internal readonly record struct DigitCluster(int Start, int End, int Digits);

/// <summary>
/// The digit-led identifier shapes (tax ids and card numbers, tax numbers, social-security, health-insurance and VAT
/// numbers) all need eight or more digits close together, and such clusters cover a few per cent of a letter. One pass
/// finds the clusters; each shape's pattern then runs only on windows around the clusters with enough digits, with
/// the same matches as a scan of the whole text (see <see cref="Matches"/>).
/// </summary>
internal static class DigitClusters
{
    /// <summary>
    /// The clusters of <paramref name="text"/> in order, or null when the text has a non-ASCII decimal digit (the
    /// patterns' <c>\d</c> matches those too; such texts take the whole-text scans).
    /// </summary>
    public static List<DigitCluster>? Find(string text) => HasNonAsciiDigit(text) ? null : FindAscii(text);

    /// <summary>The clusters of ASCII digits, whatever other digits the text holds (for rules that read ASCII digits only).</summary>
    public static List<DigitCluster> FindAscii(string text)
    {
        var span = text.AsSpan();
        var clusters = new List<DigitCluster>();
        var from = 0;
        while (from < text.Length)
        {
            var found = span[from..].IndexOfAnyInRange('0', '9');
            if (found < 0)
            {
                break;
            }
            var start = from + found;
            var end = start + 1;
            var digits = 1;
            while (true)
            {
                // [ \-/.]{0,3} then a digit continues the cluster.
                var k = end;
                while (k < text.Length && k - end < 3 && text[k] is ' ' or '-' or '/' or '.')
                {
                    k++;
                }
                if (k >= text.Length || !char.IsAsciiDigit(text[k]))
                {
                    break;
                }
                digits++;
                end = k + 1;
            }
            clusters.Add(new DigitCluster(start, end, digits));
            from = end;
        }
        return clusters;
    }

    /// <summary>
    /// As <see cref="Find(string)"/>, from the text's runs of ASCII digits, which the detector has found already: a
    /// cluster is a run and the runs after it that each follow the last after one to three of <c>[ \-/.]</c>, so the
    /// text is not read again.
    /// </summary>
    public static List<DigitCluster>? Find(string text, DigitRuns runs)
    {
        if (HasNonAsciiDigit(text))
        {
            return null;
        }
        var clusters = new List<DigitCluster>();
        for (var r = 0; r < runs.Count;)
        {
            var start = runs.Start(r);
            var end = runs.End(r);
            var digits = end - start;
            for (r++; r < runs.Count && runs.Start(r) - end <= 3 && OnlySeparators(text.AsSpan(end, runs.Start(r) - end)); r++)
            {
                digits += runs.End(r) - runs.Start(r);
                end = runs.End(r);
            }
            clusters.Add(new DigitCluster(start, end, digits));
        }
        return clusters;
    }

    private static bool OnlySeparators(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '/' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the text has a decimal digit other than ASCII's.</summary>
    private static bool HasNonAsciiDigit(string text)
    {
        var span = text.AsSpan();
        // Umlauts and the other Latin letters lie below the first non-ASCII digit: only characters from there on are
        // asked (typographic quotes and dashes, the euro sign), not every umlaut.
        for (var i = span.IndexOfAnyExceptInRange('\0', BelowFirstNonAsciiDigit); i >= 0;)
        {
            if (char.IsDigit(span[i]))
            {
                return true;
            }
            var next = span[(i + 1)..].IndexOfAnyExceptInRange('\0', BelowFirstNonAsciiDigit);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// Whether a cluster of at least <paramref name="minimumDigits"/> digits starts right after <paramref name="before"/>
    /// (ordinal); true for null clusters (nothing known). A pattern whose digits must follow such a piece asks this
    /// before it searches the whole text.
    /// </summary>
    public static bool AnyAfter(string text, List<DigitCluster>? clusters, string before, int minimumDigits)
    {
        if (clusters is null)
        {
            return true;
        }
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            if (cluster.Digits >= minimumDigits && cluster.Start >= before.Length
                && text.AsSpan(cluster.Start - before.Length, before.Length).SequenceEqual(before))
            {
                return true;
            }
        }
        return false;
    }

    // The character before U+0660 (Arabic-Indic digit zero), the first decimal digit after ASCII's (a test holds that
    // none lies between).
    internal const char BelowFirstNonAsciiDigit = '\u065F';

    /// <summary>
    /// The matches of the shape's pattern in <paramref name="text"/>, exactly as <c>Pattern.EnumerateMatches(text)</c>
    /// gives them, for a pattern whose every match lies in the window of a cluster with at least <c>MinimumDigits</c>
    /// digits: <c>Before</c> characters before the cluster (letters of the shape plus the character its <c>\b</c> or
    /// look-behind reads) to <c>After</c> characters after it (the same, and at least one past the longest match end).
    /// Null clusters mean a scan of the whole text. Overlapping windows are merged, so a match never sits in two;
    /// inside a window every character a match attempt reads is the text's own, so the attempts and their order are
    /// the whole-text scan's.
    /// </summary>
    public static void Matches(string text, ClusterShape shape, List<DigitCluster>? clusters, List<(int Index, int Length)> matches)
    {
        var (pattern, minimumDigits, before, after, admits, _) = shape;
        matches.Clear();
        if (clusters is null)
        {
            foreach (var m in pattern.EnumerateMatches(text))
            {
                matches.Add((m.Index, m.Length));
            }
            return;
        }
        var windowStart = -1;
        var windowEnd = -1;
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            if (cluster.Digits < minimumDigits || (admits is not null && !admits(text, cluster)))
            {
                continue;
            }
            var start = Math.Max(0, cluster.Start - before);
            var end = Math.Min(text.Length, cluster.End + after);
            if (windowEnd >= 0 && start <= windowEnd)
            {
                windowEnd = Math.Max(windowEnd, end);
                continue;
            }
            Scan(text, shape, windowStart, windowEnd, matches);
            windowStart = start;
            windowEnd = end;
        }
        Scan(text, shape, windowStart, windowEnd, matches);
    }

    private static void Scan(string text, ClusterShape shape, int start, int end, List<(int Index, int Length)> matches)
    {
        if (start < 0 || (shape.Reader is { } reader && reader(text.AsSpan(start, end - start), start, matches)))
        {
            return;
        }
        var pattern = shape.Pattern;
        foreach (var m in pattern.EnumerateMatches(text.AsSpan(start, end - start)))
        {
            matches.Add((start + m.Index, m.Length));
        }
    }
}
