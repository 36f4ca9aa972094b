using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Steuernummer: no public check digit, so only the layout is checked — 10 or 11 digits in a Land's layout, or the
/// 13-digit federal (ELSTER) form, whose first digits are a Land's Bundesfinanzamt prefix and whose 5th digit is 0.
/// </summary>
internal static class TaxNumberValidator
{
    private static readonly string[] ElsterPrefixes = ["28", "9", "11", "30", "24", "22", "26", "40", "23", "5", "27", "10", "32", "31", "21", "41"];

    public static bool IsPlausible(ReadOnlySpan<char> value)
    {
        var buffer = default(FixedBuffer32<char>);
        var d = ((Span<char>)buffer)[..19];
        var n = CheckDigits.Compact(value, d);
        if (n < 0)
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
        if (n is 10 or 11)
        {
            return true;
        }
        if (n != 13)
        {
            return false;
        }
        foreach (var prefix in ElsterPrefixes)
        {
            if (d.StartsWith(prefix) && d[4] == '0')
            {
                return true;
            }
        }
        return false;
    }
}
