using System.Collections.Frozen;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>IBAN: country code, two check digits, country-specific length; ISO 7064 MOD 97-10.</summary>
internal static class IbanValidator
{
    // IBAN registry lengths (SWIFT), so a run of characters after the IBAN is not taken as part of it.
    private static readonly FrozenDictionary<string, int> LengthByCountry = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22,
        ["BH"] = 22, ["BI"] = 27, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24,
        ["DE"] = 22, ["DJ"] = 27, ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18,
        ["FK"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27,
        ["GT"] = 28, ["HN"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26,
        ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32, ["LI"] = 21, ["LT"] = 20,
        ["LU"] = 20, ["LV"] = 21, ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19, ["MN"] = 20,
        ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NI"] = 28, ["NL"] = 18, ["NO"] = 15, ["OM"] = 23, ["PK"] = 24,
        ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["RU"] = 33, ["SA"] = 24,
        ["SC"] = 31, ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["SO"] = 23, ["ST"] = 25,
        ["SV"] = 28, ["TL"] = 23, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20,
        ["YE"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // BBAN structure from the IBAN registry (n digits, a upper-case letters, c letters or digits), for the countries
    // whose format is not digits only; a value of the right length but the wrong structure is not an IBAN.
    private static readonly FrozenDictionary<string, string> StructureByCountry = new Dictionary<string, string>
    {
        ["NL"] = "4a10n", ["GB"] = "4a14n", ["IE"] = "4a14n", ["BG"] = "4a6n8c", ["GI"] = "4a15c", ["RO"] = "4a16c",
        ["LV"] = "4a13c", ["MT"] = "4a5n18c", ["KW"] = "4a22c", ["QA"] = "4a21c", ["JO"] = "4a4n18c", ["AT"] = "16n",
        ["DE"] = "18n", ["BE"] = "12n", ["PL"] = "24n", ["ES"] = "20n", ["PT"] = "21n", ["DK"] = "14n", ["FI"] = "14n",
        ["SE"] = "20n", ["NO"] = "11n", ["CZ"] = "20n", ["SK"] = "20n", ["HU"] = "24n", ["SI"] = "15n", ["HR"] = "17n",
        ["LT"] = "16n", ["EE"] = "16n", ["IS"] = "22n", ["ME"] = "18n", ["RS"] = "18n", ["BA"] = "16n", ["TN"] = "20n",
        ["IL"] = "19n", ["AE"] = "19n", ["FR"] = "10n11c2n", ["MC"] = "10n11c2n", ["IT"] = "1a10n12c", ["SM"] = "1a10n12c",
        ["CH"] = "5n12c", ["LI"] = "5n12c", ["LU"] = "3n13c", ["GR"] = "7n16c", ["CY"] = "8n16c", ["TR"] = "5n1n16c",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Structures =
        StructureByCountry.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lengths =
        LengthByCountry.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The registry length for the country the compact value starts with, or 0.</summary>
    public static int ExpectedLength(ReadOnlySpan<char> compact) =>
        compact.Length >= 2 && Lengths.TryGetValue(compact[..2], out var length) ? length : 0;

    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> compact = stackalloc char[40];
        var n = CheckDigits.Compact(value, compact);
        return n > 0 && IsValidCompact(compact[..n]);
    }

    public static bool IsValidCompact(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 15 || ExpectedLength(compact) != compact.Length
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }
        var remainder = 0;
        for (var i = 0; i < compact.Length; i++)
        {
            var c = compact[(i + 4) % compact.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }
        return remainder == 1 && HasStructure(compact) && (!compact.StartsWith("ES") || SpanishCheckDigits(compact[4..]));
    }

    private static bool HasStructure(ReadOnlySpan<char> compact)
    {
        if (!Structures.TryGetValue(compact[..2], out var structure))
        {
            return true;
        }
        var position = 4;
        var count = 0;
        foreach (var c in structure)
        {
            if (char.IsAsciiDigit(c))
            {
                count = count * 10 + (c - '0');
                continue;
            }
            for (var k = 0; k < count; k++, position++)
            {
                var ch = compact[position];
                var ok = c switch
                {
                    'n' => char.IsAsciiDigit(ch),
                    'a' => char.IsAsciiLetterUpper(ch),
                    _ => char.IsAsciiLetterOrDigit(ch),
                };
                if (!ok)
                {
                    return false;
                }
            }
            count = 0;
        }
        return true;
    }

    /// <summary>Spanish BBAN: bank(4) branch(4) two check digits, account(10); weights 1,2,4,8,5,10,9,7,3,6 mod 11.</summary>
    private static bool SpanishCheckDigits(ReadOnlySpan<char> bban)
    {
        static int Check(ReadOnlySpan<char> digits)
        {
            ReadOnlySpan<int> weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
            var sum = 0;
            for (var i = 0; i < 10; i++)
            {
                sum += (digits[i] - '0') * weights[i];
            }
            var d = 11 - sum % 11;
            return d == 11 ? 0 : d == 10 ? 1 : d;
        }
        Span<char> first = ['0', '0', bban[0], bban[1], bban[2], bban[3], bban[4], bban[5], bban[6], bban[7]];
        return Check(first) == bban[8] - '0' && Check(bban[10..20]) == bban[9] - '0';
    }
}
