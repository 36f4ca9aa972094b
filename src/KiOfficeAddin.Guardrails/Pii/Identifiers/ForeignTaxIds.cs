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
/// <item>Ukrainian RNOKPP (taxpayer number, ІПН): 10 digits, the first nine weighted −1, 5, 7, 9, 4, 6, 10, 5, 7,
/// modulo 11, modulo 10;</item>
/// <item>Ukrainian UNZR (the population register's record number, printed on the ID card): the birth date YYYYMMDD, a
/// hyphen, four digits and a check digit (the twelve digits weighted 7, 3, 1, modulo 10), read as an ID card;</item>
/// <item>Czech and Slovak rodné číslo (birth number): YYMMDD/SSSC, the month plus 50 (or 20, 70) for women, the ten
/// digits divisible by 11; read as a social-security number, the role it has there.</item>
/// </list>
/// The algorithms are those of python-stdnum (gr.vat, nl.bsn, pt.nif, es.dni, es.nie, it.codicefiscale, ua.rntrc,
/// cz.rc); the UNZR's is the register's own (Ukrainian Cabinet resolution 2012 No. 302, a 7-3-1 check as in ICAO 9303).
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
            if (cluster.Digits is 10 or 13)
            {
                FindUkrainianOrCzech(text, cluster, output);
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
        if (named)
        {
            output.Add(new(PiiCategory.TaxId, cluster.Start, cluster.End, CandidatePriority.CheckDigit));
        }
    }

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

    /// <summary>
    /// "RNOKPP: 3326470890", "UNZR 19910127-63380", "rodné číslo 965614/7204": ten digits (a Czech birth number may have
    /// its slash) or the UNZR's thirteen, standing alone, after their own names.
    /// </summary>
    private static void FindUkrainianOrCzech(string text, DigitCluster cluster, List<Candidate> output)
    {
        var value = text.AsSpan(cluster.Start, cluster.End - cluster.Start);
        if ((cluster.Start > 0 && char.IsLetterOrDigit(text[cluster.Start - 1])) || (cluster.End < text.Length && char.IsLetterOrDigit(text[cluster.End])))
        {
            return;
        }
        var before = Before(text, cluster.Start);
        if (value.Length == 14 && value[8] == '-' && IsUkrainianRecordNumber(value))
        {
            if (ContainsWord(before, "UNZR") || ContainsWord(before, "УНЗР"))
            {
                output.Add(new(PiiCategory.IdCard, cluster.Start, cluster.End, CandidatePriority.CheckDigit));
            }
            return;
        }
        if (value.Length == 10 && IsUkrainianTaxpayerNumber(value)
            && (ContainsWord(before, "RNOKPP") || ContainsWord(before, "РНОКПП") || ContainsWord(before, "ІПН") || ContainsWord(before, "IPN")))
        {
            output.Add(new(PiiCategory.TaxId, cluster.Start, cluster.End, CandidatePriority.CheckDigit));
            return;
        }
        if ((value.Length == 10 || (value.Length == 11 && value[6] == '/')) && IsCzechBirthNumber(value)
            && (before.Contains("rodné", StringComparison.OrdinalIgnoreCase) || before.Contains("rodne", StringComparison.OrdinalIgnoreCase)
                || ContainsWord(before, "RČ") || before.Contains("Geburtsnummer", StringComparison.OrdinalIgnoreCase)
                || before.Contains("birth number", StringComparison.OrdinalIgnoreCase)))
        {
            output.Add(new(PiiCategory.SocialSecurity, cluster.Start, cluster.End, CandidatePriority.CheckDigit));
        }
    }

    internal static bool IsUkrainianTaxpayerNumber(ReadOnlySpan<char> digits)
    {
        ReadOnlySpan<int> weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }
        // C#'s remainder keeps the sign; stdnum's Python modulo does not.
        return ((sum % 11 + 11) % 11 % 10) == digits[9] - '0';
    }

    /// <summary>YYYYMMDD-NNNNC with a real date and the 7-3-1 check over the twelve digits before C.</summary>
    internal static bool IsUkrainianRecordNumber(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (i != 8 && !char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }
        var year = int.Parse(value[..4], provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = (value[4] - '0') * 10 + value[5] - '0';
        var day = (value[6] - '0') * 10 + value[7] - '0';
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        ReadOnlySpan<int> weights = [7, 3, 1];
        var sum = 0;
        var position = 0;
        for (var i = 0; i < 13; i++)
        {
            if (i == 8)
            {
                continue;
            }
            sum += (value[i] - '0') * weights[position % 3];
            position++;
        }
        return sum % 10 == value[13] - '0';
    }

    /// <summary>YYMMDD(/)SSSC with a real month (plus 20, 50 or 70) and day, the ten digits divisible by 11.</summary>
    internal static bool IsCzechBirthNumber(ReadOnlySpan<char> value)
    {
        long number = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                number = number * 10 + (c - '0');
            }
            else if (c != '/')
            {
                return false;
            }
        }
        var month = (int)(number / 1_000_000 % 100);
        var day = (int)(number / 10_000 % 100);
        month = month > 70 ? month - 70 : month > 50 ? month - 50 : month > 20 ? month - 20 : month;
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 && number % 11 == 0;
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
