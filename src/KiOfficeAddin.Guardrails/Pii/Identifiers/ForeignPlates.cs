using System.Runtime.InteropServices;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Foreign number plates that no keyword introduces: one followed by its country's code in brackets ("94-TNX-6 (NL)",
/// "WE 4K731 (PL)"), and the Austrian layout near the country's name ("ein Bus aus Österreich, KU-481 BF").
/// </summary>
internal static class ForeignPlates
{
    // The international vehicle codes of the countries whose cars are common in German towns (not D: German plates are
    // read by their district code).
    private static readonly string[] CountryCodes =
        ["NL", "A", "PL", "CZ", "F", "B", "DK", "CH", "I", "H", "RO", "BG", "HR", "SK", "SLO", "L", "LT", "LV", "EST", "UA",
         "TR", "GR", "E", "P", "S", "N", "FIN", "IRL", "GB", "SRB", "BIH", "AL", "MD", "BY"];

    public static void Find(string text, List<Candidate> output) => Find(text, output, DigitClusters.Find(text));

    /// <summary>As <see cref="Find(string, List{Candidate})"/>, with the text's digit clusters (null: not known).</summary>
    public static void Find(string text, List<Candidate> output, List<DigitCluster>? clusters)
    {
        FindPlatesBeforeCountryCodes(text, output);
        // An Austrian plate's digits start a cluster right after its hyphen, which follows a capital (the capital keeps
        // any digits before from joining): a text without such a cluster needs no search for the country's name.
        if (clusters is null || AnyClusterAfterCapitalAndHyphen(text, clusters))
        {
            FindAustrianPlates(text, output);
        }
    }

    private static bool AnyClusterAfterCapitalAndHyphen(string text, List<DigitCluster> clusters)
    {
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            if (cluster.Start >= 2 && text[cluster.Start - 1] == '-' && char.IsAsciiLetterUpper(text[cluster.Start - 2]))
            {
                return true;
            }
        }
        return false;
    }

    private static void FindPlatesBeforeCountryCodes(string text, List<Candidate> output)
    {
        for (var open = text.IndexOf(" (", StringComparison.Ordinal); open >= 0; open = text.IndexOf(" (", open + 2, StringComparison.Ordinal))
        {
            var close = open + 2;
            while (close < text.Length && close - open < 6 && char.IsAsciiLetterUpper(text[close]))
            {
                close++;
            }
            if (close >= text.Length || text[close] != ')' || !IsCountryCode(text.AsSpan(open + 2, close - open - 2)))
            {
                // "FSL 47K2C (polnisch)": the country's adjective in brackets instead of its code.
                close = CountryAdjectiveEnd(text, open + 2);
                if (close < 0)
                {
                    continue;
                }
            }
            var start = PlateStartBefore(text, open);
            if (start >= 0)
            {
                output.Add(new(PiiCategory.LicensePlate, start, open, CandidatePriority.LicensePlate));
            }
        }
    }

    /// <summary>
    /// "polnisch)", "tschechische Zulassung)": a lower-case adjective of a nation ("…isch", inflected), optionally the
    /// registration's word, and the closing bracket; the bracket's position, or -1.
    /// </summary>
    private static int CountryAdjectiveEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 18 && char.IsLower(text[i]))
        {
            i++;
        }
        var adjective = text.AsSpan(start, i - start);
        if (adjective.Length < 6 || !(adjective.EndsWith("isch", StringComparison.Ordinal) || adjective.EndsWith("ische", StringComparison.Ordinal)
            || adjective.EndsWith("ischer", StringComparison.Ordinal) || adjective.EndsWith("ischen", StringComparison.Ordinal)))
        {
            return -1;
        }
        if (i < text.Length && text[i] == ' ')
        {
            foreach (var word in RegistrationWords)
            {
                if (text.AsSpan(i + 1).StartsWith(word, StringComparison.Ordinal))
                {
                    i += 1 + word.Length;
                    break;
                }
            }
        }
        return i < text.Length && text[i] == ')' ? i : -1;
    }

    private static readonly string[] RegistrationWords = ["Zulassung", "Kennzeichen", "Nummer"];

    private static bool IsCountryCode(ReadOnlySpan<char> code)
    {
        foreach (var country in CountryCodes)
        {
            if (code.SequenceEqual(country))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The start of a plate that ends at <paramref name="end"/>: capitals, digits and hyphens, with at most one inner
    /// space, 5 to 12 characters, at least two digits and a capital; or -1.
    /// </summary>
    private static int PlateStartBefore(string text, int end)
    {
        var start = end;
        var spaces = 0;
        while (start > 0 && end - start < 12)
        {
            var c = text[start - 1];
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-')
            {
                start--;
            }
            // Up to two spaces: "WE 4K731 (PL)", "CA 7214 PB (BG)".
            else if (c == ' ' && spaces < 2 && start < end && start > 1 && (char.IsAsciiLetterUpper(text[start - 2]) || char.IsAsciiDigit(text[start - 2])))
            {
                spaces++;
                start--;
            }
            else
            {
                break;
            }
        }
        if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            return -1;
        }
        var plate = text.AsSpan(start, end - start);
        var digits = 0;
        var letters = 0;
        foreach (var c in plate)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            letters += char.IsAsciiLetterUpper(c) ? 1 : 0;
        }
        return plate.Length is >= 5 and <= 12 && digits >= 2 && letters >= 1 && char.IsAsciiLetterOrDigit(plate[0]) && char.IsAsciiLetterOrDigit(plate[^1])
            ? start : -1;
    }

    /// <summary>
    /// "KU-481 BF", "W-12345 X": an Austrian district (one or two capitals), a hyphen, one to five digits, a space and one
    /// to three capitals, within 80 characters of "Österreich", "österreichisch" or "Austria". German plates never put
    /// the digits before the letters.
    /// </summary>
    private static void FindAustrianPlates(string text, List<Candidate> output)
    {
        var searchedTo = 0;
        foreach (var country in (ReadOnlySpan<string>)["sterreich", "Austria"])
        {
            for (var at = text.IndexOf(country, StringComparison.Ordinal); at >= 0; at = text.IndexOf(country, at + country.Length, StringComparison.Ordinal))
            {
                var from = Math.Max(searchedTo, Math.Max(0, at - 80));
                var to = Math.Min(text.Length, at + 80);
                if (from >= to)
                {
                    continue;
                }
                for (var i = text.IndexOf('-', from, to - from); i >= 0 && i < to; i = i + 1 < to ? text.IndexOf('-', i + 1, to - i - 1) : -1)
                {
                    if (AustrianPlateEnd(text, i) is var (start, end) && end > 0)
                    {
                        output.Add(new(PiiCategory.LicensePlate, start, end, CandidatePriority.LicensePlate));
                    }
                }
                searchedTo = Math.Max(searchedTo, to);
            }
        }
    }

    private static (int Start, int End) AustrianPlateEnd(string text, int hyphen)
    {
        var start = hyphen;
        while (start > 0 && hyphen - start < 2 && char.IsAsciiLetterUpper(text[start - 1]))
        {
            start--;
        }
        if (start == hyphen || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return default;
        }
        var i = hyphen + 1;
        while (i < text.Length && i - hyphen <= 5 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i == hyphen + 1 || i + 1 >= text.Length || text[i] != ' ')
        {
            return default;
        }
        var letters = ++i;
        while (i < text.Length && i - letters < 3 && char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }
        return i > letters && (i >= text.Length || !char.IsLetterOrDigit(text[i])) ? (start, i) : default;
    }
}
