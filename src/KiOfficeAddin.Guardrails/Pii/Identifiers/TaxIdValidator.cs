using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Steuer-Identifikationsnummer: 11 digits, first not 0; in digits 1–10 exactly one digit occurs twice or three
/// times (all others once); check digit ISO 7064 MOD 11,10. The repetition rule follows the BZSt specification as
/// python-stdnum does; Presidio accepts numbers with all ten digits distinct, which the specification excludes.
/// </summary>
internal static class TaxIdValidator
{
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        var buffer = default(FixedBuffer16<char>);
        var d = ((Span<char>)buffer)[..11];
        var n = CheckDigits.Compact(value, d);
        if (n != 11 || d[0] == '0')
        {
            return false;
        }
        var countBuffer = default(FixedBuffer16<int>);
        var counts = ((Span<int>)countBuffer)[..10];
        for (var i = 0; i < 10; i++)
        {
            if (!char.IsAsciiDigit(d[i]))
            {
                return false;
            }
            counts[d[i] - '0']++;
        }
        if (!char.IsAsciiDigit(d[10]))
        {
            return false;
        }
        var repeated = 0;
        foreach (var count in counts)
        {
            if (count > 3)
            {
                return false;
            }
            if (count >= 2)
            {
                repeated++;
            }
        }
        return repeated == 1 && CheckDigits.Mod11_10(d);
    }
}
