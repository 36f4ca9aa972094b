using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Addresses;

/// <summary>
/// A street of any language before a postcode and town the other rules found: "Oude Singel 88, 2312 RH Leiden", "de
/// Wieken 40, 8441 NC Heerenveen", "Savanorių pr. 187-12⏎LT-50259 Kaunas". Its name has no German street word, but the
/// postcode after it (on the same line after a comma, or on the next line) makes it the street of that address.
/// </summary>
internal static partial class StreetsBeforePostcodes
{
    /// <summary>Adds the streets before the postcodes among <paramref name="candidates"/> (from index <paramref name="first"/> on).</summary>
    public static void Add(string text, List<Candidate> candidates, int first)
    {
        var count = candidates.Count;
        SpanIndex? spans = null;
        // The characters of the streets this pass added (a street is at most 50 long: checking one costs that much).
        System.Collections.BitArray? added = null;
        for (var i = first; i < count; i++)
        {
            var postcode = candidates[i];
            if (postcode.Category != PiiCategory.Address || !StartsLikePostcode(text, postcode.Start))
            {
                continue;
            }
            // ", " before the postcode on its line, or the line above when the postcode starts its line.
            int streetStart, streetEnd;
            if (postcode.Start >= 2 && text[postcode.Start - 1] == ' ' && text[postcode.Start - 2] == ',')
            {
                streetEnd = postcode.Start - 2;
                streetStart = LineStart(text, streetEnd);
                // "Wohnort: Rr. Adem Jashari 44, …": a label before the street is not part of it.
                var colon = streetEnd > streetStart ? text.LastIndexOf(':', streetEnd - 1, streetEnd - streetStart) : -1;
                streetStart = colon >= 0 ? colon + 1 : streetStart;
            }
            else if (postcode.Start >= 2 && text[postcode.Start - 1] == '\n')
            {
                streetEnd = postcode.Start - 1;
                if (text[streetEnd - 1] == '\r')
                {
                    streetEnd--;
                }
                streetStart = LineStart(text, streetEnd);
            }
            else
            {
                continue;
            }
            while (streetStart < streetEnd && char.IsWhiteSpace(text[streetStart]))
            {
                streetStart++;
            }
            if (streetEnd - streetStart is < 4 or > MaxStreetLength
                || (spans ??= new SpanIndex(candidates, count)).Overlaps(streetStart, streetEnd) || AnySet(added, streetStart, streetEnd))
            {
                continue;
            }
            var street = text.AsSpan(streetStart, streetEnd - streetStart);
            // What a sentence says before the street ("wohnt in de Wieken 40", "Our home address is Oude Singel 88"):
            // the street is the phrase's end, its first word where the shape begins.
            foreach (var match in StreetShape().EnumerateMatches(street))
            {
                if (match.Index + match.Length == street.Length && !StartsWithRoomOrLineWord(street[match.Index..]))
                {
                    candidates.Add(new(PiiCategory.Address, streetStart + match.Index, streetEnd, CandidatePriority.Address));
                    added ??= new System.Collections.BitArray(text.Length);
                    for (var c = streetStart + match.Index; c < streetEnd; c++)
                    {
                        added[c] = true;
                    }
                }
                break;
            }
        }
    }

    /// <summary>"App. 117", "Zimmer 214", "Postfach 1123": an extension, a room or a box above the postcode, not a street.</summary>
    private static bool StartsWithRoomOrLineWord(ReadOnlySpan<char> street)
    {
        var space = street.IndexOf(' ');
        var word = space < 0 ? street : street[..space];
        return word is "App." or "Zimmer" or "Zi." or "Raum" or "Durchwahl" or "DW" or "Tel." or "Telefon" or "Fax" or "Postfach"
            or "Gebäude" or "Haus" or "Etage" or "Stock" or "Ebene" or "Büro" or "Nr." or "Platz";
    }

    private static bool StartsLikePostcode(string text, int start) =>
        char.IsAsciiDigit(text[start]) || (start + 2 < text.Length && char.IsAsciiLetterUpper(text[start]) && text.AsSpan(start, Math.Min(5, text.Length - start)).Contains('-'));

    private const int MaxStreetLength = 50;

    /// <summary>
    /// The start of the line that ends at <paramref name="end"/>, looking back at most 200 characters: a street is at most
    /// 50 long, and a longer line is cut there (a one-line text then costs each postcode a bounded look, not a walk to
    /// its start).
    /// </summary>
    private static int LineStart(string text, int end)
    {
        if (end == 0)
        {
            return 0;
        }
        var from = Math.Max(0, end - 200);
        var newline = text.LastIndexOf('\n', end - 1, end - from);
        return newline >= 0 ? newline + 1 : from;
    }

    /// <summary>Whether a street this pass added covers a character of <c>[start, end)</c>.</summary>
    private static bool AnySet(System.Collections.BitArray? added, int start, int end)
    {
        if (added is null)
        {
            return false;
        }
        for (var c = start; c < end; c++)
        {
            if (added[c])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The candidates found before this pass, sorted by start with the largest end so far: whether any overlaps a span
    /// is one binary search (comparing each street with every candidate grew with the square of a long text).
    /// </summary>
    private sealed class SpanIndex
    {
        private readonly int[] starts;
        private readonly int[] maxEnds;

        public SpanIndex(List<Candidate> candidates, int count)
        {
            starts = new int[count];
            var ends = new int[count];
            for (var i = 0; i < count; i++)
            {
                starts[i] = candidates[i].Start;
                ends[i] = candidates[i].End;
            }
            Array.Sort(starts, ends);
            maxEnds = ends;
            for (var i = 1; i < count; i++)
            {
                maxEnds[i] = Math.Max(maxEnds[i - 1], maxEnds[i]);
            }
        }

        /// <summary>Whether a candidate starting before <paramref name="end"/> ends after <paramref name="start"/>.</summary>
        public bool Overlaps(int start, int end)
        {
            var index = Array.BinarySearch(starts, end - 1);
            // The last candidate starting at or before end - 1 (BinarySearch finds one of equal starts, not the last).
            var last = index >= 0 ? index : ~index - 1;
            while (last >= 0 && last + 1 < starts.Length && starts[last + 1] <= end - 1)
            {
                last++;
            }
            return last >= 0 && maxEnds[last] > start;
        }
    }

    // One to four words (the first capitalised or a particle of Dutch, French, Italian, Spanish, Czech names), then the
    // house number with a letter, a range, a flat ("187-12", "412/7") or a Dutch floor ("212-II", "211 bis"); anchored at
    // the phrase's end by the caller. Bounded: every repetition has a small upper bound.
    [GeneratedRegex(@"(?:\p{Lu}[\p{L}'’.\-]{1,30}|de|van|von|der|den|di|del|la|le|nad|pod|na)(?: (?:\p{L}[\p{L}'’.\-]{0,30})){0,3} [1-9][0-9]{0,3}(?:[a-zA-Z]|[-/][0-9]{1,4}|-[IVX]{1,3}| bis)?$", RegexOptions.CultureInvariant)]
    private static partial Regex StreetShape();
}
