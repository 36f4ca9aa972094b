using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>German USt-IdNr: DE + 9 digits; the 9th digit is the ISO 7064 MOD 11,10 check over the first 8.</summary>
internal static class VatIdValidator
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        var buffer = default(FixedBuffer16<char>);
        var c = ((Span<char>)buffer)[..11];
        var n = CheckDigits.Compact(value, c);
        if (n != 11 || c[0] != 'D' || c[1] != 'E')
        {
            return false;
        }
        var digits = c[2..];
        foreach (var ch in digits)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }
        return digits[0] != '0' && CheckDigits.Mod11_10(digits);
    }
}
