using System.Text.RegularExpressions;
using PhoneNumbers;

namespace KiOfficeAddin.Guardrails.Pii.Contact;

/// <summary>
/// Whether a German number written in the national form ("0291 94-1234", "02932/5077-0") is valid, answered as
/// libphonenumber answers it, from the library's own metadata but without its parse.
/// </summary>
/// <remarks>
/// For such a number the parse is certain: the digits without the leading 0 are the national significant number (the
/// number does not start with the international prefix 00 or the country code 49, the 0 is the national prefix, and
/// the rest has a possible length). The library then calls it valid when the rest matches the general description
/// and one number type (fixed line, mobile, toll-free …) whose lengths include the rest's length. The parse with its
/// own regular expressions and a cache look-up per pattern was most of a phone number's cost. Anything else (a '+', brackets,
/// another first digit) is left to the library. <c>GermanNationalNumberTests</c> compares both on random numbers.
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
    /// Whether the answer is certain: '0', a digit other than 0, then only digits and the separators ' ', '-', '–', '/'
    /// (which the library drops), 6 to 16 digits. <paramref name="valid"/> is the library's answer then.
    /// </summary>
    public static bool TryValidate(ReadOnlySpan<char> candidate, out bool valid)
    {
        valid = false;
        if (candidate.Length < 2 || candidate[0] != '0' || candidate[1] is < '1' or > '9')
        {
            return false;
        }
        Span<char> significant = stackalloc char[MaximumLength];
        var length = 0;
        foreach (var c in candidate[1..])
        {
            if (char.IsAsciiDigit(c))
            {
                if (length == significant.Length)
                {
                    return false;
                }
                significant[length++] = c;
            }
            else if (c is not (' ' or '-' or '–' or '/'))
            {
                return false;
            }
        }
        if (length < MinimumLength)
        {
            return false;
        }
        valid = ValidByLength[length] is { } pattern && pattern.IsMatch(significant[..length]);
        return true;
    }

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
