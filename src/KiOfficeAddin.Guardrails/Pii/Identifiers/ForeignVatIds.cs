using System.Buffers;
using System.Runtime.InteropServices;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// VAT identification numbers of the neighbouring EU states whose firms write to a German town (a Polish craftsman's
/// NIP, an Austrian supplier's UID), each validated by its own check digit: AT, BE, CZ (firms), DK, FR, IT, NL, PL, the
/// Swiss UID (CHE), and the Scandinavian sailors' and hauliers' SE and NO (with its "MVA").
/// The country code stands glued to the number or one space before it, as the numbers are printed. And German numbers
/// written without their "DE" right after "USt-IdNr." (the "DE…" form is IdentifierRecognizer's).
/// </summary>
internal static class ForeignVatIds
{
    private static readonly SearchValues<string> CountryCodes =
        SearchValues.Create(["ATU", "BE", "CHE", "CZ", "DK", "FR", "IT", "NL", "NO", "PL", "SE"], StringComparison.Ordinal);

    public static void Find(string text, List<Candidate> output) => Find(text, output, DigitClusters.Find(text));

    /// <summary>As <see cref="Find(string, List{Candidate})"/>, with the text's digit clusters (null: not known).</summary>
    public static void Find(string text, List<Candidate> output, List<DigitCluster>? clusters)
    {
        // Every number FindPrefixed accepts starts a digit cluster right after its country code (or one space after it)
        // and has eight digits or more, joined by single spaces or dots: a text without such a cluster needs no search
        // for the codes.
        if (clusters is null || AnyClusterAfterCountryCode(text, clusters))
        {
            FindPrefixed(text, output);
        }
        FindGermanWithoutCountryCode(text, output, clusters);
    }

    private static bool AnyClusterAfterCountryCode(string text, List<DigitCluster> clusters)
    {
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            var i = cluster.Start;
            if (cluster.Digits < 8)
            {
                continue;
            }
            if (i >= 1 && text[i - 1] is ' ' or '-')
            {
                i--;
            }
            if (i >= 2 && (text.AsSpan(i - 2, 2) is "BE" or "CZ" or "DK" or "FR" or "IT" or "NL" or "NO" or "PL" or "SE"
                           || (i >= 3 && text.AsSpan(i - 3, 3) is "ATU" or "CHE")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "USt-IdNr.: 955 124 350": a German number after its own name, written without "DE" (forms ask for the nine
    /// digits); valid by the same check digit as with it.
    /// </summary>
    private static void FindGermanWithoutCountryCode(string text, List<Candidate> output, List<DigitCluster>? clusters)
    {
        // The number's first digit starts a cluster (the name and the letters, dots, hyphens, colons and spaces after it
        // hold no digit and join none) of nine digits or more, at most 16 characters after the name's start: a text
        // where no such cluster has "ust" in the 16 characters before it has no number to read.
        if (clusters is not null && !AnyNameBeforeCluster(text, clusters))
        {
            return;
        }
        ReadNumbersAfterNames(text, output, clusters);
    }

    private static bool AnyNameBeforeCluster(string text, List<DigitCluster> clusters)
    {
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            var windowStart = Math.Max(0, cluster.Start - MaxNameToNumber);
            if (cluster.Digits >= 9 && MayHoldUst(text.AsSpan(windowStart, cluster.Start - windowStart)))
            {
                return true;
            }
        }
        return false;
    }

    private static void ReadNumbersAfterNames(string text, List<Candidate> output, List<DigitCluster>? clusters)
    {
        var digitBuffer = default(FixedBuffer16<char>);
        var digits = ((Span<char>)digitBuffer)[..11];
        foreach (var name in (ReadOnlySpan<string>)["ust-id", "ustid"])
        {
            if (clusters is null)
            {
                for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
                {
                    ReadNumberAfterName(text, at, name.Length, -1, digits, output);
                }
                continue;
            }
            // The name is looked for only in the 16 characters before the clusters its number can start (see
            // FindGermanWithoutCountryCode). Each name found is read for the cluster its number starts, so none is read
            // twice, and in the order of the whole-text search.
            foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
            {
                if (cluster.Digits < 9)
                {
                    continue;
                }
                var windowStart = Math.Max(0, cluster.Start - MaxNameToNumber);
                var window = text.AsSpan(windowStart, cluster.Start - windowStart);
                if (!MayHoldUst(window))
                {
                    continue;
                }
                for (var at = window.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0;)
                {
                    ReadNumberAfterName(text, windowStart + at, name.Length, cluster.Start, digits, output);
                    var next = window[(at + name.Length)..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
                    at = next < 0 ? -1 : at + name.Length + next;
                }
            }
        }
    }

    /// <summary>
    /// Whether "ust" may stand in <paramref name="window"/> ignoring case (the start of both names): a few comparisons per
    /// character instead of the set-up of an ignore-case search for each name in the few characters before most numbers.
    /// Ignoring case (ordinally), only "u" and "U" equal "U", "s" and "S" equal "S", "t" and "T" equal "T" (ForeignVatIdTests).
    /// </summary>
    private static bool MayHoldUst(ReadOnlySpan<char> window)
    {
        for (var k = 0; k + 2 < window.Length; k++)
        {
            if ((window[k] | 0x20) == 'u' && (window[k + 1] | 0x20) == 's' && (window[k + 2] | 0x20) == 't')
            {
                return true;
            }
        }
        return false;
    }

    // How far the number's first digit may stand from the name's start.
    private const int MaxNameToNumber = 16;

    /// <summary>
    /// The number after the name at <paramref name="at"/>, if valid; when <paramref name="numberStart"/> is not -1, only
    /// a number that starts there.
    /// </summary>
    private static void ReadNumberAfterName(string text, int at, int nameLength, int numberStart, Span<char> digits, List<Candidate> output)
    {
        // "USt-IdNr.: ", "USt-ID ", "UStId-Nr. ": the rest of the name, then at most a colon and spaces.
        var i = at + nameLength;
        while (i < text.Length && i - at < MaxNameToNumber && (char.IsAsciiLetter(text[i]) || text[i] is '.' or '-' or ':' or ' '))
        {
            i++;
        }
        if (i >= text.Length || !char.IsAsciiDigit(text[i]) || (numberStart >= 0 && i != numberStart))
        {
            return;
        }
        var start = i;
        var n = 0;
        var end = i;
        for (; i < text.Length && i - start < 13 && n < 9; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits[2 + n++] = text[i];
                end = i + 1;
            }
            else if (!(text[i] == ' ' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                break;
            }
        }
        digits[0] = 'D';
        digits[1] = 'E';
        if (n == 9 && (end >= text.Length || !char.IsLetterOrDigit(text[end])) && VatIdValidator.IsValid(digits))
        {
            output.Add(new(PiiCategory.VatId, start, end, CandidatePriority.CheckDigit));
        }
    }

    private static void FindPrefixed(string text, List<Candidate> output)
    {
        var valueBuffer = default(FixedBuffer16<char>);
        var value = ((Span<char>)valueBuffer)[..MaxCompact];
        var from = 0;
        while (from < text.Length)
        {
            var hit = text.AsSpan(from).IndexOfAny(CountryCodes);
            if (hit < 0)
            {
                return;
            }
            var at = from + hit;
            from = at + 2;
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                continue;
            }
            var country = text.AsSpan(at, 2);
            var numberStart = at + (country is "AT" or "CH" ? 3 : 2);
            // The Swiss UID is printed with a hyphen: "CHE-259.667.840".
            if (numberStart < text.Length && (text[numberStart] == ' ' || (text[numberStart] == '-' && country is "CH")))
            {
                numberStart++;
            }
            // The number: digits, with the letter B of Dutch numbers, and single spaces or dots between groups.
            var n = 0;
            var end = numberStart;
            for (var i = numberStart; i < text.Length && i - numberStart < 20 && n < MaxCompact; i++)
            {
                var c = text[i];
                if (char.IsAsciiDigit(c) || (c == 'B' && country is "NL"))
                {
                    value[n++] = c;
                    end = i + 1;
                }
                else if (!(c is ' ' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && n > 0))
                {
                    break;
                }
            }
            // The tax's name after the number belongs to it: "NO832409553MVA", "NO 832 409 553 MVA" (merverdiavgift),
            // "CHE-709.088.045 MWST" (or TVA, IVA).
            end += TaxNameAfter(text, country, end);
            if (n == 0 || (end < text.Length && char.IsLetterOrDigit(text[end])) || !IsValid(country, value[..n]))
            {
                continue;
            }
            output.Add(new(PiiCategory.VatId, at, end, CandidatePriority.CheckDigit));
            from = end;
        }
    }

    private const int MaxCompact = 14;

    /// <summary>The length of the tax's name standing after a number of <paramref name="country"/> at <paramref name="end"/>, or 0.</summary>
    private static int TaxNameAfter(string text, ReadOnlySpan<char> country, int end)
    {
        var rest = text.AsSpan(end);
        var length = country switch
        {
            "NO" when rest.StartsWith("MVA", StringComparison.Ordinal) => 3,
            "NO" when rest.StartsWith(" MVA", StringComparison.Ordinal) => 4,
            "CH" when end + 4 < text.Length && rest.StartsWith(" MWST", StringComparison.Ordinal) => 5,
            "CH" when end + 4 < text.Length && (rest.StartsWith(" TVA", StringComparison.Ordinal) || rest.StartsWith(" IVA", StringComparison.Ordinal)) => 4,
            _ => 0,
        };
        return end + length == text.Length || !char.IsLetterOrDigit(text[end + length]) ? length : 0;
    }

    private static bool IsValidNorwegian(ReadOnlySpan<char> number)
    {
        var check = 11 - CheckDigits.WeightedSum(number[..8], [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
        return check != 10 && (check == 11 ? 0 : check) == number[8] - '0';
    }

    /// <summary>Whether <paramref name="number"/> (digits, for NL with its B) is a valid VAT number of <paramref name="country"/>.</summary>
    internal static bool IsValid(ReadOnlySpan<char> country, ReadOnlySpan<char> number) => country switch
    {
        "AT" => number.Length == 8 && CheckDigits.AreDigits(number) && IsValidAustrian(number),
        "BE" => number.Length == 10 && CheckDigits.AreDigits(number) && number[0] is '0' or '1' && IsValidBelgian(number),
        "CZ" => number.Length == 8 && CheckDigits.AreDigits(number) && number[0] != '9' && IsValidCzechFirm(number),
        "DK" => number.Length == 8 && CheckDigits.AreDigits(number) && number[0] != '0' && CheckDigits.WeightedSum(number, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0,
        "FR" => number.Length == 11 && CheckDigits.AreDigits(number) && IsValidFrench(number),
        "IT" => number.Length == 11 && CheckDigits.AreDigits(number) && !number[..7].SequenceEqual("0000000") && CheckDigits.Luhn(number),
        "NL" => number.Length == 12 && number[9] == 'B' && CheckDigits.AreDigits(number[..9]) && CheckDigits.AreDigits(number[10..]) && IsValidDutch(number),
        // The Swiss UID (Unternehmens-Identifikationsnummer, "CHE-…" with MWST/TVA/IVA as a VAT number): the first eight
        // weighted 5, 4, 3, 2, 7, 6, 5, 4, the check 11 less the sum modulo 11 (11 is 0; 10 is not issued; stdnum ch.uid).
        "CH" => number.Length == 9 && CheckDigits.AreDigits(number) && (11 - CheckDigits.WeightedSum(number[..8], [5, 4, 3, 2, 7, 6, 5, 4]) % 11) % 11 == number[8] - '0',
        "PL" => number.Length == 10 && CheckDigits.AreDigits(number) && ForeignNationalNumbers.IsPolishTaxNumber(number),
        // Sweden: the firm's organisation number (Luhn) and "01"; Norway: the organisation number, mod 11 (weights 3 2 7 6
        // 5 4 3 2; a remainder giving 10 is never issued).
        "SE" => number.Length == 12 && CheckDigits.AreDigits(number) && number[10..] is "01" && CheckDigits.Luhn(number[..10]),
        "NO" => number.Length == 9 && CheckDigits.AreDigits(number) && IsValidNorwegian(number),
        _ => false,
    };

    /// <summary>ATU + 8 digits: the last is (6 − the Luhn sum of the seven before) mod 10, as python-stdnum's at.uid computes it.</summary>
    private static bool IsValidAustrian(ReadOnlySpan<char> d) => (6 - (CheckDigits.LuhnSum(d[..7]) % 10) + 10) % 10 == d[7] - '0';

    /// <summary>BE + 10 digits: the last two are 97 − (the first eight mod 97).</summary>
    private static bool IsValidBelgian(ReadOnlySpan<char> d) =>
        97 - (int.Parse(d[..8], System.Globalization.CultureInfo.InvariantCulture) % 97) == int.Parse(d[8..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>CZ + 8 digits (a legal person's IČO): weights 8 … 2, check (11 − sum mod 11) mod 10.</summary>
    private static bool IsValidCzechFirm(ReadOnlySpan<char> d) =>
        (11 - (CheckDigits.WeightedSum(d, [8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 == d[7] - '0';

    /// <summary>FR + a two-digit key + the SIREN: key = (12 + 3 × (SIREN mod 97)) mod 97, and the SIREN passes Luhn.</summary>
    private static bool IsValidFrench(ReadOnlySpan<char> d)
    {
        var siren = d[2..];
        var key = int.Parse(d[..2], System.Globalization.CultureInfo.InvariantCulture);
        return CheckDigits.Luhn(siren) && key == (12 + (3 * (int)(long.Parse(siren, System.Globalization.CultureInfo.InvariantCulture) % 97))) % 97;
    }

    /// <summary>
    /// NL + 9 digits + B + 2 digits: the old eleven test on the nine digits (weights 9 … 2, the ninth the check), or the
    /// sole traders' number since 2020, whose whole text ("NL…B…") is 1 mod 97 with letters as numbers (N=23, L=21, B=11).
    /// </summary>
    private static bool IsValidDutch(ReadOnlySpan<char> d)
    {
        var eleven = CheckDigits.WeightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
        if (eleven != 10 && eleven == d[8] - '0')
        {
            return true;
        }
        var remainder = 2321 % 97;
        foreach (var c in d)
        {
            remainder = c == 'B' ? ((remainder * 100) + 11) % 97 : ((remainder * 10) + (c - '0')) % 97;
        }
        return remainder == 1;
    }
}
