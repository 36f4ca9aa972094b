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

    /// <summary>
    /// A 9-character serial from the document alphabet (any series letter) with at least one digit, optionally with
    /// its check digit and the nationality letter D: what a context word ("Personalausweis", "Reisepass") confirms.
    /// All-digit serials count only with a valid check digit.
    /// </summary>
    public static bool IsSerial(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[11];
        var n = CheckDigits.Compact(value, c);
        if (n is < 9 or > 11)
        {
            return false;
        }
        if (n == 11 && c[10] != 'D')
        {
            return false;
        }
        if (n == 11)
        {
            n = 10;
        }
        var serial = c[..9];
        var digits = 0;
        foreach (var ch in serial)
        {
            if (!Alphabet.Contains(ch, StringComparison.Ordinal))
            {
                return false;
            }
            digits += char.IsAsciiDigit(ch) ? 1 : 0;
        }
        if (n >= 10 && (!char.IsAsciiDigit(c[9]) || CheckDigits.Icao(serial) != c[9] - '0'))
        {
            return false;
        }
        return digits > 0 && (digits < 9 || n >= 10);
    }

    /// <summary>True when a 10th character follows the serial and is its ICAO check digit.</summary>
    public static bool HasCheckDigit(ReadOnlySpan<char> value)
    {
        Span<char> c = stackalloc char[11];
        var n = CheckDigits.Compact(value, c);
        return n >= 10 && char.IsAsciiDigit(c[9]) && CheckDigits.Icao(c[..9]) == c[9] - '0';
    }

    /// <summary>
    /// True when <paramref name="compact"/> (26 upper-case characters) is a German ID-card machine-readable line:
    /// serial, check digit, then birth date and expiry with their check digits, the nationality D and the overall
    /// check digit — in either order of D (ICAO 9303 TD1 as stdnum-js reads it).
    /// </summary>
    public static bool IsMachineReadableLine(ReadOnlySpan<char> compact)
    {
        if (compact.Length != 26 || CheckDigits.Icao(compact[..9]) != compact[9] - '0')
        {
            return false;
        }
        var rest = compact[10] == 'D' ? compact[11..] : compact[24] == 'D' ? compact[10..24] : default;
        if (rest.Length < 14)
        {
            return false;
        }
        var birth = rest[..6];
        var expiry = rest[7..13];
        if (CheckDigits.Icao(birth) != rest[6] - '0' || CheckDigits.Icao(expiry) != rest[13] - '0')
        {
            return false;
        }
        Span<char> all = stackalloc char[24];
        compact[..10].CopyTo(all);
        rest[..14].CopyTo(all[10..]);
        return CheckDigits.Icao(all) == compact[25] - '0';
    }

    private static bool IsValid(ReadOnlySpan<char> value, string firstLetters, bool allowDigitFirst)
    {
        Span<char> c = stackalloc char[11];
        var n = CheckDigits.Compact(value, c);
        if (n == 11 && c[10] == 'D')
        {
            n = 10;
        }
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
