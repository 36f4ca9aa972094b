using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Rentenversicherungsnummer (VKVV § 4): 2 digits area, 6 digits birth date (DDMMYY), the initial of the birth name,
/// 2 digits serial, 1 check digit. The letter becomes its two-digit alphabet position; weights 2,1,2,5,7,1,2,1,2,1,2,1;
/// the sum of the products' digit sums mod 10 is the check digit.
/// </summary>
internal static class SocialSecurityNumberValidator
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        var buffer = default(FixedBuffer16<char>);
        var c = ((Span<char>)buffer)[..12];
        var n = CheckDigits.Compact(value, c);
        if (n != 12 || !char.IsAsciiLetterUpper(c[8]))
        {
            return false;
        }
        for (var i = 0; i < 12; i++)
        {
            if (i != 8 && !char.IsAsciiDigit(c[i]))
            {
                return false;
            }
        }
        var day = (c[2] - '0') * 10 + (c[3] - '0');
        var month = (c[4] - '0') * 10 + (c[5] - '0');
        // Day may carry +50 for additional numbers issued on one birth date.
        if (day % 50 is < 1 or > 31 || month is < 1 or > 12)
        {
            return false;
        }
        var letter = c[8] - 'A' + 1;
        Span<int> digits =
        [
            c[0] - '0', c[1] - '0', c[2] - '0', c[3] - '0', c[4] - '0', c[5] - '0', c[6] - '0', c[7] - '0',
            letter / 10, letter % 10, c[9] - '0', c[10] - '0',
        ];
        ReadOnlySpan<int> weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var p = digits[i] * weights[i];
            sum += p / 10 + p % 10;
        }
        return sum % 10 == c[11] - '0';
    }
}
