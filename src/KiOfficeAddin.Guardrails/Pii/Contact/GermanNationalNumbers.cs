using System.Text.RegularExpressions;
using PhoneNumbers;
using KiOfficeAddin.Guardrails.Pii.Text;

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
internal static partial class GermanNationalNumbers
{
    // The significant number has 5 to 15 digits here: a phone candidate has 6 to 16 with the national prefix, and the
    // library strips that prefix only where the rest has a possible length (4 to 15 in Germany).
    private const int MinimumLength = 5;
    private const int MaximumLength = 15;

    // Per length of the significant number, the number types whose lengths include it; a number is valid when it
    // matches the general description and one of them (what the library asks: the general pattern, then each type).
    private static readonly (Regex General, Regex[]?[] TypesByLength, bool Copied) Patterns =
        BuildPatterns(PhoneNumberUtil.GetInstance().GetMetadataForRegion("DE"));

    /// <summary>Whether the patterns are the source-generated copies (false: the metadata changed, its patterns are interpreted).</summary>
    internal static bool UsesCopiedPatterns => Patterns.Copied;

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
        var significantBuffer = default(FixedBuffer16<char>);
        var significant = ((Span<char>)significantBuffer)[..MaximumLength];
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
        var digitBuffer = default(FixedBuffer16<char>);
        var digits = ((Span<char>)digitBuffer)[..(MaximumLength + 1)];
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

    private static bool IsValidSignificantNumber(ReadOnlySpan<char> significant)
    {
        if (Patterns.TypesByLength[significant.Length] is not { } types || !Patterns.General.IsMatch(significant))
        {
            return false;
        }
        foreach (var type in types)
        {
            if (type.IsMatch(significant))
            {
                return true;
            }
        }
        return false;
    }

    private static (Regex General, Regex[]?[] TypesByLength, bool Copied) BuildPatterns(PhoneMetadata germany)
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
        // Fixed lines and mobiles first: most numbers in letters are one of them, and the answer does not depend on the order.
        (PhoneNumberDesc Type, Regex? Copy)[] types =
        [
            (germany.FixedLine, FixedLine()), (germany.Mobile, Mobile()), (germany.PremiumRate, PremiumRate()), (germany.TollFree, TollFree()),
            (germany.SharedCost, SharedCost()), (germany.Voip, null), (germany.PersonalNumber, PersonalNumber()), (germany.Pager, Pager()),
            (germany.Uan, Uan()), (germany.Voicemail, Voicemail()),
        ];
        var copied = true;
        // The copy where it is the metadata's pattern as it stands; otherwise the metadata's pattern, interpreted (a
        // library update keeps the library's answers; GermanNationalNumberTests tells that the copies need renewing).
        Regex Pattern(string nationalNumberPattern, Regex? copy)
        {
            var pattern = $"^(?:{nationalNumberPattern})$";
            if (copy?.ToString() == pattern)
            {
                return copy;
            }
            copied = false;
            return new Regex(pattern, RegexOptions.CultureInvariant);
        }
        var generalPattern = Pattern(general.NationalNumberPattern, General());
        var byLength = new Regex[]?[MaximumLength + 1];
        for (var length = MinimumLength; length <= MaximumLength; length++)
        {
            var alternatives = types.Where(type => (type.Type.PossibleLengthList.Count == 0 || type.Type.PossibleLengthList.Contains(length))
                    && !string.IsNullOrEmpty(type.Type.NationalNumberPattern))
                .Select(type => Pattern(type.Type.NationalNumberPattern, type.Copy)).ToArray();
            if (alternatives.Length > 0)
            {
                byLength[length] = alternatives;
            }
        }
        return (generalPattern, byLength, copied);
    }

    // The metadata's patterns of libphonenumber-csharp 9.0.43, source-generated: the interpreter walked the fixed-line
    // pattern's alternatives one by one for every number (a third of a phone number's cost). Anchored and at most 15
    // digits long, so backtracking stays bounded. BuildPatterns compares each with the metadata at start.
    [GeneratedRegex(@"^(?:[2579][0-9]{5,14}|49(?:[34]0|69|8[0-9])[0-9][0-9]?|49(?:37|49|60|7[089]|9[0-9])[0-9]{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])[0-9]{1,8}|(?:1|[368][0-9]|4[0-8])[0-9]{3,13}|49(?:[015][0-9]|2[13]|31|[46][1-8])[0-9]{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex General();

    [GeneratedRegex(@"^(?:(?:137[7-9]|900(?:[135]|9[0-9]))[0-9]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex PremiumRate();

    [GeneratedRegex(@"^(?:800[0-9]{7,12})$", RegexOptions.CultureInvariant)]
    private static partial Regex TollFree();

    [GeneratedRegex(@"^(?:180[0-9]{5,11}|13(?:7[1-6][0-9][0-9]|8)[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex SharedCost();

    [GeneratedRegex(@"^(?:700[0-9]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalNumber();

    [GeneratedRegex(@"^(?:16(?:4[0-9]{1,10}|[89][0-9]{1,11}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pager();

    [GeneratedRegex(@"^(?:18(?:1[0-9]{5,11}|[2-9][0-9]{8}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Uan();

    [GeneratedRegex(@"^(?:1(?:6(?:013|255|399)|7(?:(?:[015]1|[69]3)3|[2-4]55|[78]99))[0-9]{7,8}|15(?:(?:[03-68]00|113)[0-9]|2[0-9]55|7[0-9]99|9[0-9]33)[0-9]{7})$", RegexOptions.CultureInvariant)]
    private static partial Regex Voicemail();

    [GeneratedRegex(@"^(?:32[0-9]{9,11}|49[1-6][0-9]{10}|322[0-9]{6}|49[0-7][0-9]{3,9}|(?:[34]0|[68]9)[0-9]{3,13}|(?:2(?:0[1-689]|[1-3569][0-9]|4[0-8]|7[1-7]|8[0-7])|3(?:[3569][0-9]|4[0-79]|7[1-7]|8[1-8])|4(?:1[02-9]|[2-48][0-9]|5[0-6]|6[0-8]|7[0-79])|5(?:0[2-8]|[124-6][0-9]|[38][0-8]|[79][0-7])|6(?:0[02-9]|[1-358][0-9]|[47][0-8]|6[1-9])|7(?:0[2-8]|1[1-9]|[27][0-7]|3[0-9]|[4-6][0-8]|8[0-5]|9[013-7])|8(?:0[2-9]|1[0-79]|2[0-9]|3[0-46-9]|4[0-6]|5[013-9]|6[1-8]|7[0-8]|8[0-24-6])|9(?:0[6-9]|[1-4][0-9]|[589][0-7]|6[0-8]|7[0-467]))[0-9]{3,12})$", RegexOptions.CultureInvariant)]
    private static partial Regex FixedLine();

    [GeneratedRegex(@"^(?:1(?:6[023]|7[0-9])[0-9]{7,8}|15(?:[0-25-9][0-9][0-9]|3(?:10|33)|410)[0-9]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();
}
