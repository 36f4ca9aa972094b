using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Krankenversichertennummer (§ 290 SGB V): a letter and 9 digits; the letter becomes 01–26, then with the first 8
/// digits weights 1,2 alternate; the sum of the products' digit sums mod 10 is the 10th digit.
/// </summary>
internal static class HealthInsuranceNumberValidator
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        var buffer = default(FixedBuffer16<char>);
        var c = ((Span<char>)buffer)[..10];
        var n = CheckDigits.Compact(value, c);
        if (n != 10 || !char.IsAsciiLetterUpper(c[0]))
        {
            return false;
        }
        for (var i = 1; i < 10; i++)
        {
            if (!char.IsAsciiDigit(c[i]))
            {
                return false;
            }
        }
        var letter = c[0] - 'A' + 1;
        var digitBuffer = default(FixedBuffer16<int>);
        var digits = ((Span<int>)digitBuffer)[..10];
        digits[0] = letter / 10;
        digits[1] = letter % 10;
        for (var i = 1; i <= 8; i++)
        {
            digits[i + 1] = c[i] - '0';
        }
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var p = digits[i] * (i % 2 == 0 ? 1 : 2);
            sum += p / 10 + p % 10;
        }
        return sum % 10 == c[9] - '0';
    }
}
