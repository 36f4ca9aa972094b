using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>Payment card numbers: 13–19 digits, Luhn, and an issuer prefix (Luhn alone passes 10 % of numbers).</summary>
internal static class CreditCardValidator
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        var buffer = default(FixedBuffer32<char>);
        var d = ((Span<char>)buffer)[..19];
        var n = CheckDigits.Compact(value, d);
        if (n is < 13 or > 19)
        {
            return false;
        }
        d = d[..n];
        foreach (var c in d)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return HasIssuerPrefix(d) && CheckDigits.Luhn(d);
    }

    private static bool HasIssuerPrefix(ReadOnlySpan<char> d)
    {
        var two = (d[0] - '0') * 10 + (d[1] - '0');
        var four = two * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        return d[0] == '4' // Visa
            || two is >= 51 and <= 55 || four is >= 2221 and <= 2720 // Mastercard
            || (two is 34 or 37 && d.Length == 15) // American Express
            || two is 36 or 38 or 30 // Diners
            || two == 35 // JCB
            || four == 6011 || two == 65 || two == 62 // Discover, UnionPay
            || two is 50 or (>= 56 and <= 69) // Maestro
            || (d[0] == '1' && d.Length == 15); // UATP
    }
}
