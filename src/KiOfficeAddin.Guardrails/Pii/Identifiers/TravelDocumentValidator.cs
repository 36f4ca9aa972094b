namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Personalausweis and Reisepass serials: 9 characters from [CFGHJKLMNPRTVWXYZ0-9], optionally followed by the ICAO
/// 9303 check digit (weights 7, 3, 1) as a 10th character. ID cards start with L, M, N, P, R, T, V, W, X or Y,
/// passports with C, F, G, H, J or K. Following ICAO 9303 and stdnum-js, the 9th character is part of the serial,
/// not a check digit (Presidio reads it as one; see the vector tests).
/// </summary>
internal static class TravelDocumentValidator
{
    private const string Alphabet = "CFGHJKLMNPRTVWXYZ0123456789";

    public static bool IsIdCard(ReadOnlySpan<char> value) => IsValid(value, "LMNPRTVWXY", allowDigitFirst: true);

    public static bool IsPassport(ReadOnlySpan<char> value) => IsValid(value, "CFGHJK", allowDigitFirst: false);

    private static bool IsValid(ReadOnlySpan<char> value, string firstLetters, bool allowDigitFirst)
    {
        Span<char> c = stackalloc char[10];
        var n = CheckDigits.Compact(value, c);
        if (n is not (9 or 10))
        {
            return false;
        }
        var serial = c[..9];
        foreach (var ch in serial)
        {
            if (!Alphabet.Contains(ch, StringComparison.Ordinal))
            {
                return false;
            }
        }
        var first = serial[0];
        if (!firstLetters.Contains(first, StringComparison.Ordinal) && !(allowDigitFirst && char.IsAsciiDigit(first)))
        {
            return false;
        }
        if (allowDigitFirst && char.IsAsciiDigit(first) && n == 9)
        {
            // Old all-numeric serials are only credible with their check digit.
            return false;
        }
        return n == 9 || (char.IsAsciiDigit(c[9]) && CheckDigits.Icao(serial) == c[9] - '0');
    }
}
