using System.Text.RegularExpressions;
using PhoneNumbers;

namespace KiOfficeAddin.Guardrails.Pii.Contact;

/// <summary>
/// Whether a German number written in the national form ("0291 94-1234", "02932/5077-0", "(0291) 94-1234") or with
/// Germany's country code ("+49 291 94-1234", "+49 (0)291 94-1234") is valid, answered as libphonenumber answers it,
/// from the library's own metadata but without its parse.
/// </summary>
/// <remarks>
/// For such a number the parse is certain: the digits without the leading 0 are the national significant number (the
/// number does not start with the international prefix 00 or the country code 49, the 0 is the national prefix, and
/// the rest has a possible length). The library then calls it valid when the rest matches the general description
/// and one number type (fixed line, mobile, toll-free …) whose lengths include the rest's length. The parse with its
/// own regular expressions and a cache look-up per pattern was most of a phone number's cost. Anything else (another
/// country, other punctuation, another first digit) is left to the library. <c>GermanNationalNumberTests</c> compares both on random numbers.
/// </remarks>
internal static class GermanNationalNumbers
{
    // The significant number has 5 to 15 digits here: a phone candidate has 6 to 16 with the national prefix, and the
    // library strips that prefix only where the rest has a possible length (4 to 15 in Germany).
    private const int MinimumLength = 5;
    private const int MaximumLength = 15;

    // One pattern per length of the significant number: the general description as a look-ahead, then the number types
    // whose lengths include it. Interpreted: compiling the metadata's long patterns cost a second at start.
    private static readonly Regex?[] ValidByLength = BuildValidByLength(PhoneNumberUtil.GetInstance().GetMetadataForRegion("DE"));

    /// <summary>
    /// Whether the answer is certain, and <paramref name="valid"/> is the library's answer then. Three forms are answered:
    /// the national one ('0', a digit other than 0, then only digits and the separators ' ', '-', '–', '/', which the
    /// library drops), the same with its area code in brackets ("(0291) 94-1234"), and the international one with
    /// Germany's code ("+49 291 94-1234", "+49 (0)291 94-1234", "0049 291 941234").
    /// </summary>
    /// <remarks>
    /// The library drops the brackets as it drops the other separators. After "+49" or "0049" it reads the country code
    /// and takes the rest as the national number: a rest that starts with 0 ("(0)291 …") has that 0 stripped exactly as
    /// a national number's, and a rest that starts with another digit is the significant number itself (nothing to
    /// strip), so its answer is the pattern's for its length.
    /// </remarks>
    public static bool TryValidate(ReadOnlySpan<char> candidate, out bool valid)
    {
        valid = false;
        if (candidate.StartsWith("+49", StringComparison.Ordinal) || candidate.StartsWith("0049", StringComparison.Ordinal))
        {
            return TryValidateInternational(candidate[(candidate[0] == '+' ? 3 : 4)..], out valid);
        }
        if (candidate.Length > 3 && candidate[0] == '(')
        {
            // "(0291) 94-1234": only the area code in brackets, the national form inside and after them.
            var close = candidate.IndexOf(')');
            return close > 3 && candidate[(close + 1)..].IndexOfAny('(', ')') < 0
                && TryValidateNational(candidate[1..close], candidate[(close + 1)..], out valid);
        }
        return TryValidateNational(candidate, [], out valid);
    }

    /// <summary>The national form, read from <paramref name="first"/> and then <paramref name="rest"/>.</summary>
    private static bool TryValidateNational(ReadOnlySpan<char> first, ReadOnlySpan<char> rest, out bool valid)
    {
        valid = false;
        if (first.Length < 2 || first[0] != '0' || first[1] is < '1' or > '9')
        {
            return false;
        }
        Span<char> significant = stackalloc char[MaximumLength];
        var length = 0;
        if (!TryAppendDigits(first[1..], significant, ref length) || !TryAppendDigits(rest, significant, ref length) || length < MinimumLength)
        {
            return false;
        }
        valid = IsValidSignificantNumber(significant[..length]);
        return true;
    }

    /// <summary>What follows "+49" or "0049": separators, at most one pair of brackets ("(0)", "(291)"), digits.</summary>
    private static bool TryValidateInternational(ReadOnlySpan<char> rest, out bool valid)
    {
        valid = false;
        var open = rest.IndexOf('(');
        var close = rest.IndexOf(')');
        if ((open < 0) != (close < 0) || (open >= 0 && (close < open || rest[(open + 1)..].IndexOf('(') >= 0 || rest[(close + 1)..].IndexOf(')') >= 0)))
        {
            return false;
        }
        Span<char> digits = stackalloc char[MaximumLength + 1];
        var length = 0;
        foreach (var c in rest)
        {
            if (char.IsAsciiDigit(c))
            {
                if (length == digits.Length)
                {
                    return false;
                }
                digits[length++] = c;
            }
            else if (c is not (' ' or '-' or '–' or '/' or '(' or ')'))
            {
                return false;
            }
        }
        // "+49 (0)291 …": the national prefix after the country code, stripped as in the national form.
        var significant = length > 0 && digits[0] == '0' ? digits[1..length] : digits[..length];
        if (significant.Length is < MinimumLength or > MaximumLength || significant[0] is < '1' or > '9')
        {
            return false;
        }
        valid = IsValidSignificantNumber(significant);
        return true;
    }

    private static bool TryAppendDigits(ReadOnlySpan<char> part, Span<char> digits, ref int length)
    {
        foreach (var c in part)
        {
            if (char.IsAsciiDigit(c))
            {
                if (length == digits.Length)
                {
                    return false;
                }
                digits[length++] = c;
            }
            else if (c is not (' ' or '-' or '–' or '/'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsValidSignificantNumber(ReadOnlySpan<char> significant) =>
        ValidByLength[significant.Length] is { } pattern && pattern.IsMatch(significant);

    private static Regex?[] BuildValidByLength(PhoneMetadata germany)
    {
        // What the certainty above rests on; a library update that changes it stops the detector at its first use.
        var general = germany.GeneralDesc;
        if (germany.CountryCode != 49 || germany.NationalPrefix != "0" || germany.NationalPrefixForParsing is not (null or "" or "0")
            || !string.IsNullOrEmpty(germany.NationalPrefixTransformRule) || germany.InternationalPrefix != "00"
            || Enumerable.Range(4, MaximumLength - 3).Any(length => !general.PossibleLengthList.Contains(length))
            || general.PossibleLengthLocalOnlyList.Any(length => length >= MinimumLength))
        {
            throw new InvalidOperationException("libphonenumber's German metadata changed: GermanNationalNumbers needs a review.");
        }
        PhoneNumberDesc[] types =
        [
            germany.PremiumRate, germany.TollFree, germany.SharedCost, germany.Voip, germany.PersonalNumber, germany.Pager,
            germany.Uan, germany.Voicemail, germany.FixedLine, germany.Mobile,
        ];
        var byLength = new Regex?[MaximumLength + 1];
        for (var length = MinimumLength; length <= MaximumLength; length++)
        {
            var alternatives = types.Where(type => (type.PossibleLengthList.Count == 0 || type.PossibleLengthList.Contains(length)) && !string.IsNullOrEmpty(type.NationalNumberPattern))
                .Select(type => $"(?:{type.NationalNumberPattern})").ToArray();
            if (alternatives.Length > 0)
            {
                byLength[length] = new Regex($"^(?=(?:{general.NationalNumberPattern})$)(?:{string.Join('|', alternatives)})$", RegexOptions.CultureInvariant);
            }
        }
        return byLength;
    }
}
