namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>Shared check-digit algorithms (ISO 7064, Luhn, ICAO 9303).</summary>
internal static class CheckDigits
{
    /// <summary>ISO 7064 MOD 11,10 over all digits but the last; true when the last digit is the check digit.</summary>
    public static bool Mod11_10(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2)
        {
            return false;
        }
        var product = 10;
        for (var i = 0; i < digits.Length - 1; i++)
        {
            var sum = (digits[i] - '0' + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        var check = 11 - product;
        if (check == 10)
        {
            check = 0;
        }
        return check == digits[^1] - '0';
    }

    public static bool Luhn(ReadOnlySpan<char> digits) => LuhnSum(digits) % 10 == 0;

    /// <summary>The sum of the first <c>weights.Length</c> digits, each times its weight.</summary>
    public static int WeightedSum(ReadOnlySpan<char> digits, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }
        return sum;
    }

    /// <summary>The Luhn sum of <paramref name="digits"/>: the last digit once, the one before it doubled (its digit sum), and so on.</summary>
    public static int LuhnSum(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum;
    }

    /// <summary>Whether <paramref name="value"/> is one or more ASCII digits.</summary>
    public static bool AreDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    /// <summary>ICAO 9303 check digit (weights 7, 3, 1; letters A=10 … Z=35).</summary>
    public static int Icao(ReadOnlySpan<char> value)
    {
        ReadOnlySpan<int> weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var v = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : 0;
            sum += v * weights[i % 3];
        }
        return sum % 10;
    }

    /// <summary>Copies the letters and digits of <paramref name="value"/> upper-cased; returns the count written.</summary>
    public static int Compact(ReadOnlySpan<char> value, Span<char> output)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (n == output.Length)
                {
                    return -1;
                }
                output[n++] = char.ToUpperInvariant(c);
            }
        }
        return n;
    }
}
