using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Personal tax and citizen numbers of other EU states that people living here quote to a German office ("In
/// Griechenland habe ich die AFM 929091902", "mein DNI 12345678Z"), each validated by its own check digit and read only
/// after its own name, since nine digits alone are anything:
/// <list type="bullet">
/// <item>Greek AFM: 9 digits, the first eight weighted by powers of two, modulo 11, modulo 10;</item>
/// <item>Dutch BSN (burgerservicenummer): 9 digits, the "elfproef" (weights 9 … 2 and −1, modulo 11);</item>
/// <item>Portuguese NIF (número de contribuinte): 9 digits, weights 9 … 2, 11 less the sum modulo 11 (10 and 11 → 0);</item>
/// <item>Spanish DNI/NIF and NIE: 8 digits (NIE: X, Y or Z and 7 digits) and the letter of the number modulo 23.</item>
/// <item>Italian codice fiscale: six letters of the names, the birth year, a month letter, the day (plus 40 for women),
/// the place's code and a check letter (the characters' values at odd and even positions, summed, modulo 26). Its shape
/// and check letter are specific enough to need no name before it.</item>
/// </list>
/// </list>
/// The algorithms are those of python-stdnum (gr.vat, nl.bsn, pt.nif, es.dni, es.nie, it.codicefiscale). Other states'
/// personal numbers, tax numbers among them, are read by <see cref="ForeignNationalNumbers"/>.
/// </summary>
internal static class ForeignTaxIds
{
    private const int ContextReach = 40;
    private const string SpanishLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    public static void Find(string text, List<Candidate> output, List<DigitCluster>? clusters)
    {
        if (clusters is null)
        {
            return;
        }
        var digitBuffer = default(FixedBuffer16<char>);
        foreach (var cluster in clusters)
        {
            if (cluster.Digits == 2 && cluster.End - cluster.Start == 2 && cluster.Start >= 6)
            {
                // The codice fiscale's year: six letters before it, the rest after it (RSSMRA85T10A562S).
                FindItalianFiscalCode(text, cluster.Start - 6, output);
                continue;
            }
            if (cluster.Digits == 4 && cluster.End - cluster.Start == 4 && cluster.Start >= 5 && cluster.End < text.Length)
            {
                // The Indian PAN's digits: five letters before them, one after (UTPPV0658U).
                FindIndianPan(text, cluster.Start - 5, output);
                continue;
            }
            if (cluster.Digits is not (7 or 8 or 9) || (cluster.Start > 0 && char.IsAsciiDigit(text[cluster.Start - 1])))
            {
                continue;
            }
            // A cluster holds digits and separators only: compacted, exactly its digits.
            var digits = ((Span<char>)digitBuffer)[..cluster.Digits];
            CheckDigits.Compact(text.AsSpan(cluster.Start, cluster.End - cluster.Start), digits);
            if (cluster.Digits == 9)
            {
                FindNineDigits(text, cluster, digits, output);
            }
            else
            {
                FindSpanish(text, cluster, digits, output);
            }
        }
    }

    /// <summary>
    /// The Indian Permanent Account Number after its name ("PAN: UTPPV0658U"): three letters, the holder's kind (P a
    /// person, C a company, H, F, A, T, B, L, J, G), a letter, four digits, a letter. No published check digit; its
    /// name and its shape decide.
    /// </summary>
    private static void FindIndianPan(string text, int start, List<Candidate> output)
    {
        var end = start + 10;
        if (end > text.Length || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return;
        }
        var value = text.AsSpan(start, 10);
        if (!char.IsAsciiLetterUpper(value[0]) || !char.IsAsciiLetterUpper(value[1]) || !char.IsAsciiLetterUpper(value[2])
            || value[3] is not ('P' or 'C' or 'H' or 'F' or 'A' or 'T' or 'B' or 'L' or 'J' or 'G') || !char.IsAsciiLetterUpper(value[4])
            || !char.IsAsciiLetterUpper(value[9]))
        {
            return;
        }
        // (Twice the reach: the name may stand before a remark in brackets, "Indische PAN (für die Bescheinigung nach
        // DBA Deutschland–Indien): UYGPR5564T"; the shape is specific enough.)
        var from = Math.Max(0, start - 2 * ContextReach);
        if (ContainsWord(text.AsSpan(from, start - from), "PAN"))
        {
            output.Add(new(PiiCategory.TaxId, start, end, CandidatePriority.CheckDigit));
        }
    }

    private const int FiscalCodeLength = 16;

    // The values of letters and digits at the odd positions (1st, 3rd, …) of a codice fiscale; at even ones a digit
    // counts its value and a letter its place in the alphabet.
    private static ReadOnlySpan<byte> OddPositionValues => [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    private static void FindItalianFiscalCode(string text, int start, List<Candidate> output)
    {
        var end = start + FiscalCodeLength;
        if (end > text.Length || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return;
        }
        var code = text.AsSpan(start, FiscalCodeLength);
        // Letters: the names (0–5), the month (8), the place's letter (11), the check (15); digits elsewhere.
        for (var i = 0; i < FiscalCodeLength; i++)
        {
            var letter = i is < 6 or 8 or 11 or 15;
            if (letter ? !char.IsAsciiLetterUpper(code[i]) : !char.IsAsciiDigit(code[i]))
            {
                return;
            }
        }
        if (!"ABCDEHLMPRST".Contains(code[8]))
        {
            return;
        }
        var sum = 0;
        for (var i = 0; i < FiscalCodeLength - 1; i++)
        {
            var c = code[i];
            var ordinal = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? (char.IsAsciiDigit(c) ? OddPositionValues[c - '0'] : OddPositionValues[c - 'A']) : ordinal;
        }
        if (code[15] == 'A' + sum % 26)
        {
            output.Add(new(PiiCategory.TaxId, start, end, CandidatePriority.CheckDigit));
        }
    }

    private static void FindNineDigits(string text, DigitCluster cluster, ReadOnlySpan<char> digits, List<Candidate> output)
    {
        if ((cluster.Start > 0 && char.IsLetter(text[cluster.Start - 1])) || (cluster.End < text.Length && char.IsLetterOrDigit(text[cluster.End])))
        {
            return;
        }
        var before = Before(text, cluster.Start);
        var named = (IsGreekTaxNumber(digits) && (ContainsWord(before, "AFM") || ContainsWord(before, "ΑΦΜ") || before.Contains("Α.Φ.Μ", StringComparison.Ordinal)))
            || (IsDutchCitizenNumber(digits) && (ContainsWord(before, "BSN") || before.Contains("burgerservicenummer", StringComparison.OrdinalIgnoreCase)))
            || (IsPortugueseTaxNumber(digits) && (ContainsWord(before, "NIF") || before.Contains("contribuinte", StringComparison.OrdinalIgnoreCase)));
        // The Australian tax file number (weights 1, 4, 3, 7, 5, 8, 6, 9, 10, divisible by 11), by its name.
        named = named || (IsAustralianTaxFileNumber(digits) && (ContainsWord(before, "TFN") || ContainsWord(before, "tfn")
            || before.Contains("tax file number", StringComparison.OrdinalIgnoreCase)));
        if (named)
        {
            output.Add(new(PiiCategory.TaxId, cluster.Start, cluster.End, CandidatePriority.CheckDigit));
            return;
        }
        // The Canadian social insurance number (Luhn) and the US social security number (no check digit: its printed
        // groups 3-2-4 and the ranges never issued), each by its name.
        var value = text.AsSpan(cluster.Start, cluster.End - cluster.Start);
        var social = (IsCanadianInsuranceNumber(digits) && (ContainsWord(before, "SIN") || before.Contains("Social Insurance", StringComparison.OrdinalIgnoreCase)
                || (value.Length == 11 && value[3] == value[7] && value[3] is '-' or ' '
                    && text.AsSpan(Math.Max(0, cluster.Start - 2 * ContextReach), Math.Min(cluster.Start, 2 * ContextReach)).Contains("social security", StringComparison.OrdinalIgnoreCase))))
            || (IsUsSocialSecurityShape(value) && (ContainsWord(before, "SSN") || before.Contains("Social Security", StringComparison.OrdinalIgnoreCase)
                || before.Contains("Sozialversicherungsnummer", StringComparison.OrdinalIgnoreCase)));
        if (social)
        {
            output.Add(new(PiiCategory.SocialSecurity, cluster.Start, cluster.End, CandidatePriority.CheckDigit));
        }
    }

    internal static bool IsAustralianTaxFileNumber(ReadOnlySpan<char> digits) =>
        CheckDigits.WeightedSum(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0;

    /// <summary>Nine digits, Luhn; the first not 0 or 8 (not issued).</summary>
    internal static bool IsCanadianInsuranceNumber(ReadOnlySpan<char> digits) => digits[0] is not ('0' or '8') && CheckDigits.Luhn(digits);

    /// <summary>"814-63-3154": area, group and serial, none all zeros, the area not 666 or 9xx.</summary>
    private static bool IsUsSocialSecurityShape(ReadOnlySpan<char> value) =>
        value.Length == 11 && value[3] == '-' && value[6] == '-' && value[..3] is not ("000" or "666") && value[0] != '9'
        && value[4..6] is not "00" && value[7..] is not "0000";

    /// <summary>"DNI 12345678Z", "NIE X1234567L": the number and its letter, after the document's name.</summary>
    private static void FindSpanish(string text, DigitCluster cluster, ReadOnlySpan<char> digits, List<Candidate> output)
    {
        var start = cluster.Start;
        long number = 0;
        foreach (var d in digits)
        {
            number = number * 10 + (d - '0');
        }
        if (digits.Length == 7)
        {
            // NIE: X, Y or Z stands for 0, 1 or 2 before the seven digits.
            if (start == 0 || text[start - 1] is not ('X' or 'Y' or 'Z') || (start > 1 && char.IsLetterOrDigit(text[start - 2])))
            {
                return;
            }
            number += (text[start - 1] - 'X') * 10_000_000L;
            start--;
        }
        else if (start > 0 && char.IsLetter(text[start - 1]))
        {
            return;
        }
        var letterAt = cluster.End < text.Length && text[cluster.End] is '-' or ' ' ? cluster.End + 1 : cluster.End;
        if (letterAt >= text.Length || text[letterAt] != SpanishLetters[(int)(number % 23)]
            || (letterAt + 1 < text.Length && char.IsLetterOrDigit(text[letterAt + 1])))
        {
            return;
        }
        var before = Before(text, start);
        if (ContainsWord(before, "DNI") || ContainsWord(before, "NIE") || ContainsWord(before, "NIF") || before.Contains("documento nacional", StringComparison.OrdinalIgnoreCase))
        {
            output.Add(new(digits.Length == 7 || ContainsWord(before, "NIF") ? PiiCategory.TaxId : PiiCategory.IdCard, start, letterAt + 1, CandidatePriority.CheckDigit));
        }
    }

    internal static bool IsGreekTaxNumber(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') << (8 - i);
        }
        return !digits.SequenceEqual("000000000") && sum % 11 % 10 == digits[8] - '0';
    }

    internal static bool IsDutchCitizenNumber(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * (9 - i);
        }
        sum -= digits[8] - '0';
        return sum % 11 == 0 && !digits.SequenceEqual("000000000");
    }

    internal static bool IsPortugueseTaxNumber(ReadOnlySpan<char> digits)
    {
        if (digits[0] == '0')
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * (9 - i);
        }
        var check = 11 - sum % 11;
        return (check >= 10 ? 0 : check) == digits[8] - '0';
    }

    private static ReadOnlySpan<char> Before(string text, int start)
    {
        var from = Math.Max(0, start - ContextReach);
        return text.AsSpan(from, start - from);
    }

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="window"/> as a word of its own (case as given).</summary>
    internal static bool ContainsWord(ReadOnlySpan<char> window, string word)
    {
        var from = 0;
        while (from < window.Length)
        {
            var at = window[from..].IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }
            at += from;
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(window[at - 1])) && (end == window.Length || !char.IsLetter(window[end])))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }
}
