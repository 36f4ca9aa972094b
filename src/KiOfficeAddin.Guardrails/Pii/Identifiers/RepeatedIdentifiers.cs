namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Every other verbatim mention of an identifier the detector found once: "Kassenzeichen: 5.2026.108016" at the top,
/// "Verwendungszweck: 5.2026.108016" at the bottom; a plate in the subject line and again in the text. The later mention
/// often stands after a word no rule reads as the number's name, or in a list no rule reads, but it is the same number of
/// the same person (and the pseudonymiser gives it the same placeholder).
/// </summary>
internal static class RepeatedIdentifiers
{
    // Values shorter than this, or with fewer digits, are too common to be one person's number ("B 12", "2026").
    private const int MinimumLength = 6;
    private const int MinimumDigits = 2;

    // Each distinct value costs a search of the text; a letter has a handful of identifiers, and a long document with
    // thousands would make the searches quadratic. Beyond this many the later ones are not searched for.
    private const int MaxSearchedValues = 32;

    /// <summary>Adds the repeats to <paramref name="entities"/> (sorted by start, not overlapping), keeping both properties.</summary>
    public static void Add(string text, List<PiiEntity> entities)
    {
        List<PiiEntity>? repeats = null;
        var searched = 0;
        var count = entities.Count;
        for (var i = 0; i < count && searched < MaxSearchedValues; i++)
        {
            var entity = entities[i];
            if (!IsRepeatable(text, entity) || SeenBefore(text, entities, i))
            {
                continue;
            }
            searched++;
            var value = text.AsSpan(entity.Start, entity.Length);
            for (var from = 0; from <= text.Length - value.Length;)
            {
                var found = text.AsSpan(from).IndexOf(value, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }
                var start = from + found;
                var end = start + value.Length;
                from = end;
                if (StandsAlone(text, start, end) && !Overlaps(entities, count, start, end) && !Overlaps(repeats, start, end))
                {
                    (repeats ??= []).Add(entity with { Start = start, End = end });
                }
            }
        }
        if (repeats is not null)
        {
            entities.AddRange(repeats);
            entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool IsRepeatable(string text, PiiEntity entity)
    {
        // People have their own identities (PersonIdentities); an address or a date written again may be another's.
        if (entity.Category is PiiCategory.Person or PiiCategory.Address or PiiCategory.DateOfBirth || entity.Length < MinimumLength)
        {
            return false;
        }
        var digits = 0;
        foreach (var c in text.AsSpan(entity.Start, entity.Length))
        {
            if (char.IsAsciiDigit(c) && ++digits == MinimumDigits)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether an earlier entity has the same value: its mentions were searched for then.</summary>
    private static bool SeenBefore(string text, List<PiiEntity> entities, int index)
    {
        var value = text.AsSpan(entities[index].Start, entities[index].Length);
        for (var j = 0; j < index; j++)
        {
            if (entities[j].Length == value.Length && text.AsSpan(entities[j].Start, value.Length).SequenceEqual(value))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Not part of a longer word or number: "5.2026.108016" is not inside "15.2026.1080167".</summary>
    private static bool StandsAlone(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));

    /// <summary>Whether <c>[start, end)</c> overlaps one of the first <paramref name="count"/> entities (sorted by start).</summary>
    private static bool Overlaps(List<PiiEntity> entities, int count, int start, int end)
    {
        // The last entity starting before `end` is the only one that can reach into the span: they do not overlap.
        int low = 0, high = count - 1, last = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (entities[middle].Start < end)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return last >= 0 && entities[last].End > start;
    }

    private static bool Overlaps(List<PiiEntity>? repeats, int start, int end)
    {
        if (repeats is null)
        {
            return false;
        }
        foreach (var r in repeats)
        {
            if (r.Start < end && start < r.End)
            {
                return true;
            }
        }
        return false;
    }
}
