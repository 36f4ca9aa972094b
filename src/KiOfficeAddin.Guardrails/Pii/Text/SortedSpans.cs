namespace KiOfficeAddin.Guardrails.Pii.Text;

/// <summary>Spans sorted by their start, read with a binary search (rules that ask "what lies here?" once per line or cell).</summary>
internal static class SortedSpans
{
    /// <summary>The spans (start, end) of <paramref name="count"/> items, sorted by start.</summary>
    public static (int Start, int End)[] Of<T>(IReadOnlyList<T> items, int first, int count, Func<T, (int Start, int End)> span)
    {
        var spans = new (int Start, int End)[count];
        for (var i = 0; i < count; i++)
        {
            spans[i] = span(items[first + i]);
        }
        Array.Sort(spans);
        return spans;
    }

    /// <summary>The index of the first span that starts at or after <paramref name="position"/>.</summary>
    public static int FirstAtOrAfter((int Start, int End)[] spans, int position)
    {
        int lo = 0, hi = spans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
