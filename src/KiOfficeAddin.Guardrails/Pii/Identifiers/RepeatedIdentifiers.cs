namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Every other verbatim mention of an identifier the detector found once: "Kassenzeichen: 5.2026.108016" at the top,
/// "Verwendungszweck: 5.2026.108016" at the bottom; a plate in the subject line and again in the text. The later mention
/// often stands after a word no rule reads as the number's name, or in a list no rule reads, but it is the same number of
/// the same person (and the pseudonymiser gives it the same placeholder). And the file numbers listed after one that was
/// found, written in its shape.
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
        Repeats? repeats = null;
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
                if (StandsAlone(text, start, end) && !Overlaps(entities, count, start, end) && repeats?.Overlaps(start, end) != true)
                {
                    (repeats ??= new Repeats(text.Length)).Add(entity with { Start = start, End = end });
                }
            }
        }
        // "Az. ABH 32.1-0419/2019, ABH 32.1-0420/2019 und ABH 32.1-0421/2019": the files listed after the first one.
        for (var i = 0; i < count; i++)
        {
            if (entities[i].Category == PiiCategory.CaseReference && entities[i].Length >= MinimumLength)
            {
                AddListedSiblings(text, entities, count, entities[i], ref repeats);
            }
        }
        if (repeats is not null)
        {
            entities.AddRange(repeats.Found);
            entities.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // The words that join the items of a list, each with its spaces.
    private static readonly string[] ListJoints = [", ", " und ", " sowie ", " bzw. ", " oder ", " / ", "; ", " and ", " bis "];

    /// <summary>
    /// The values after <paramref name="first"/> joined to it by a list's comma or "und", each written in its shape: the
    /// same length, digits where it has digits and its other characters the same ("GRV-21045518031-01 (Grundsteuer) und
    /// GRV-25044945190-01"). A remark in brackets may follow each. At most eight.
    /// </summary>
    private static void AddListedSiblings(string text, List<PiiEntity> entities, int count, PiiEntity first, ref Repeats? repeats)
    {
        var shape = text.AsSpan(first.Start, first.Length);
        var position = first.End;
        for (var item = 0; item < 8; item++)
        {
            var j = position;
            if (j + 1 < text.Length && text[j] == ' ' && text[j + 1] == '(')
            {
                var close = text.AsSpan(j + 1, Math.Min(40, text.Length - j - 1)).IndexOfAny(')', '\n');
                if (close < 0 || text[j + 1 + close] != ')')
                {
                    return;
                }
                j += close + 2;
            }
            var next = -1;
            foreach (var joint in ListJoints)
            {
                if (text.AsSpan(j).StartsWith(joint, StringComparison.Ordinal))
                {
                    next = j + joint.Length;
                    break;
                }
            }
            if (next < 0)
            {
                return;
            }
            // The whole shape again, or its last part ("32.3-EB 1140/24 und 1141/24": the serial of the same office).
            var tail = shape.LastIndexOf(' ') is var space and > 0 ? shape[(space + 1)..] : [];
            var length = next + shape.Length <= text.Length && HasShape(text.AsSpan(next, shape.Length), shape) ? shape.Length
                : tail.Length >= 4 && next + tail.Length <= text.Length && HasShape(text.AsSpan(next, tail.Length), tail) ? tail.Length : 0;
            if (length == 0 || !StandsAlone(text, next, next + length) || Overlaps(entities, count, next, next + length)
                || repeats?.Overlaps(next, next + length) == true)
            {
                return;
            }
            (repeats ??= new Repeats(text.Length)).Add(first with { Start = next, End = next + length });
            position = next + length;
        }
    }

    private static bool HasShape(ReadOnlySpan<char> value, ReadOnlySpan<char> shape)
    {
        for (var i = 0; i < shape.Length; i++)
        {
            if (char.IsAsciiDigit(shape[i]) ? !char.IsAsciiDigit(value[i]) : value[i] != shape[i])
            {
                return false;
            }
        }
        return true;
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

    /// <summary>
    /// The repeats found so far and the characters they cover: checking a new one costs its length (a comparison with
    /// every repeat grew with the square of a text that repeats a number thousands of times).
    /// </summary>
    private sealed class Repeats(int textLength)
    {
        private readonly System.Collections.BitArray covered = new(textLength);

        public List<PiiEntity> Found { get; } = [];

        public bool Overlaps(int start, int end)
        {
            for (var c = start; c < end; c++)
            {
                if (covered[c])
                {
                    return true;
                }
            }
            return false;
        }

        public void Add(PiiEntity repeat)
        {
            Found.Add(repeat);
            for (var c = repeat.Start; c < repeat.End; c++)
            {
                covered[c] = true;
            }
        }
    }
}
