using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// French social-security numbers (NIR, "numéro de sécurité sociale") of cross-border commuters: 13 digits (sex, year,
/// month, département, commune, order) and a two-digit key, 97 less the 13-digit number modulo 97. Written as printed on
/// the carte Vitale ("1 84 07 57 227 118 89"), the grouping and the key are evidence enough; written as one run of 15
/// digits, a context word must stand before it ("NIR", "sécurité sociale", "Sozialversicherungsnummer").
/// Corsican numbers (département 2A/2B) are not read: their letters split the digits.
/// </summary>
internal static class ForeignSocialSecurityNumbers
{
    // The groups of the printed form: sex, year, month, département, commune, order, key.
    private static readonly int[] Groups = [1, 2, 2, 2, 3, 3, 2];
    private const int Digits = 15;
    private const int ContextReach = 80;

    public static void Find(string text, List<Candidate> output, List<DigitCluster>? clusters)
    {
        if (clusters is null)
        {
            return;
        }
        var digitBuffer = default(FixedBuffer16<char>);
        var digits = ((Span<char>)digitBuffer)[..Digits];
        foreach (var cluster in clusters)
        {
            if (cluster.Digits != Digits || (cluster.Start > 0 && char.IsLetterOrDigit(text[cluster.Start - 1]))
                || (cluster.End < text.Length && char.IsLetterOrDigit(text[cluster.End])))
            {
                continue;
            }
            var value = text.AsSpan(cluster.Start, cluster.End - cluster.Start);
            var printed = IsPrinted(value);
            if (!printed && value.Length != Digits)
            {
                continue;
            }
            // A cluster holds digits and separators only: compacted, exactly its fifteen digits.
            CheckDigits.Compact(value, digits);
            if (IsValid(digits) && (printed || HasContextBefore(text, cluster.Start)))
            {
                output.Add(new(PiiCategory.SocialSecurity, cluster.Start, cluster.End, CandidatePriority.CheckDigit));
            }
        }
    }

    /// <summary>Sex 1/2 (7/8: a provisional number), a month 01–12 (20–42 and 50–99 where the month is unknown), the key.</summary>
    internal static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != Digits || digits[0] is not ('1' or '2' or '7' or '8'))
        {
            return false;
        }
        var month = (digits[3] - '0') * 10 + (digits[4] - '0');
        if (month is 0 or (> 12 and < 20) or (> 42 and < 50))
        {
            return false;
        }
        long number = 0;
        for (var i = 0; i < 13; i++)
        {
            number = number * 10 + (digits[i] - '0');
        }
        var key = (digits[13] - '0') * 10 + (digits[14] - '0');
        return key == 97 - (int)(number % 97);
    }

    /// <summary>The carte Vitale's grouping: the seven groups joined by single spaces.</summary>
    private static bool IsPrinted(ReadOnlySpan<char> value)
    {
        var i = 0;
        for (var g = 0; g < Groups.Length; g++)
        {
            if (g > 0)
            {
                if (i >= value.Length || value[i] != ' ')
                {
                    return false;
                }
                i++;
            }
            for (var d = 0; d < Groups[g]; d++, i++)
            {
                if (i >= value.Length || !char.IsAsciiDigit(value[i]))
                {
                    return false;
                }
            }
        }
        return i == value.Length;
    }

    private static bool HasContextBefore(string text, int start)
    {
        var from = Math.Max(0, start - ContextReach);
        var before = text.AsSpan(from, start - from);
        return before.Contains("NIR", StringComparison.Ordinal) || before.Contains("sécurité sociale", StringComparison.OrdinalIgnoreCase)
            || before.Contains("securite sociale", StringComparison.OrdinalIgnoreCase) || before.Contains("INSEE", StringComparison.Ordinal)
            || before.Contains("Sozialversicherungsnummer", StringComparison.OrdinalIgnoreCase) || before.Contains("carte vitale", StringComparison.OrdinalIgnoreCase);
    }
}
