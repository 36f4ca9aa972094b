using System.Buffers;
using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Text;
using PhoneNumbers;

namespace KiOfficeAddin.Guardrails.Pii.Contact;

/// <summary>E-mail addresses by shape; phone numbers by a cheap shape, then validated by libphonenumber.</summary>
internal static partial class ContactRecognizer
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static void Find(string text, List<Candidate> output)
    {
        using var runs = DigitRuns.Find(text);
        Find(text, output, runs);
    }

    /// <summary>The e-mail addresses and phone numbers of <paramref name="text"/>, whose runs of digits are <paramref name="runs"/>.</summary>
    public static void Find(string text, List<Candidate> output, DigitRuns runs)
    {
        FindEmails(text, output);
        // The shape's matches, read by hand (PhoneShapeReader): the pattern's engine tried every '0' of the text.
        for (var from = 0; PhoneShapeReader.Next(text, from, out var start, out var matchEnd); from = matchEnd)
        {
            var end = matchEnd;
            while (end > start && !char.IsAsciiDigit(text[end - 1]))
            {
                end--;
            }
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or ',' or '/' or '-' or '+'))
            {
                continue;
            }
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
            {
                continue;
            }
            // The mobile shape first: it is a few character tests, libphonenumber a parse with its own interpreted
            // regexes, and a German mobile number (about half of the numbers in letters) needs only the shape.
            if (IsMobileNumberShape(text.AsSpan(start, end - start)) || IsPhoneNumber(text.AsSpan(start, end - start)))
            {
                output.Add(new(PiiCategory.Phone, start, end, CandidatePriority.Phone));
            }
            else
            {
                AddListedNumbers(text, start, end, output);
            }
        }
        AddNumbersAfterPhoneWords(text, runs, output);
    }

    // The words that say a number is a phone: after them a number is one even when libphonenumber cannot tell ("Durchwahl
    // 90297-5530" has no area code, "festnetz 78 21 36" is local, "0170.4478123" and "0 1 5 7 3 - 4 4 2 1 0 9 8" are
    // written unusually). Compared ignoring case; with an ending ("Telefonnummer", "Handynr", "Mobil-Nr.") too.
    private static readonly string[] PhoneWords = ["tel", "telefon", "fon", "durchwahl", "festnetz", "handy", "mobil", "rufnummer"];

    private static readonly string[] PhoneWordEndings = ["", "nummer", "nr", "-nr"];

    // The last letters of the phone words and their endings, in both cases.
    private static readonly SearchValues<char> PhoneWordLastLetters = SearchValues.Create(string.Concat(
        PhoneWords.Concat(PhoneWordEndings).Where(word => word.Length > 0).Select(word => $"{word[^1]}{char.ToUpperInvariant(word[^1])}")));

    /// <summary>
    /// "Tel.: 0291 …", "Handynr. 0157 …": a number of 5 to 15 digits one to four marks ('.', ':', ' ') after a phone word
    /// and its ending.
    /// </summary>
    /// <remarks>
    /// Read backwards from each digit run, as the text has far fewer numbers than letters: the marks before it, then the
    /// ending and the word, which must start a word. A search for each word through the whole text cost eight passes
    /// ignoring case; both ways find the same numbers, since a number can follow one phone word only. The runs are the
    /// ones the address rules read too (a search for each run's start and a loop to its end cost a call per number).
    /// </remarks>
    private static void AddNumbersAfterPhoneWords(string text, DigitRuns runs, List<Candidate> output)
    {
        // The phones found so far, in text order (the shape's matches come in order): a binary search per number.
        List<(int Start, int End)>? phones = null;
        for (var run = 0; run < runs.Count; run++)
        {
            var i = runs.Start(run);
            if (i == 0 || !IsMarkBeforeNumber(text[i - 1]))
            {
                continue;
            }
            var wordEnd = i - 1;
            while (wordEnd > 0 && i - wordEnd < 4 && IsMarkBeforeNumber(text[wordEnd - 1]))
            {
                wordEnd--;
            }
            if (wordEnd == 0 || !char.IsLetter(text[wordEnd - 1]) || !EndsWithPhoneWord(text, wordEnd) || InsidePhone(phones ??= PhoneSpans(output), i))
            {
                continue;
            }
            var end = ReadSpacedNumber(text, i, out var digits);
            if (digits is >= 5 and <= 15 && (end >= text.Length || !char.IsLetterOrDigit(text[end])) && !LooksLikeDate(text.AsSpan(i, end - i)))
            {
                output.Add(new(PiiCategory.Phone, i, end, CandidatePriority.Phone));
            }
        }
    }

    private static bool IsMarkBeforeNumber(char c) => c is '.' or ':' or ' ';

    /// <summary>A phone word and one of its endings end at <paramref name="end"/>, the word at the start of a word.</summary>
    private static bool EndsWithPhoneWord(string text, int end)
    {
        // Most words before a number end with a letter no phone word or ending ends with: ruled out before the eight words
        // are compared. Only an ASCII character can be ruled out so (another may equal an ASCII letter ignoring case).
        var last = text[end - 1];
        if (char.IsAscii(last) && !PhoneWordLastLetters.Contains(last))
        {
            return false;
        }
        foreach (var ending in PhoneWordEndings)
        {
            if (!EndsWithIgnoringCase(text, end, ending))
            {
                continue;
            }
            var wordEnd = end - ending.Length;
            foreach (var word in PhoneWords)
            {
                if (EndsWithIgnoringCase(text, wordEnd, word) && (wordEnd == word.Length || !char.IsLetter(text[wordEnd - word.Length - 1])))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The text before <paramref name="end"/> ends with <paramref name="lowerCase"/> (ASCII, lower case), ignoring case.</summary>
    private static bool EndsWithIgnoringCase(string text, int end, string lowerCase)
    {
        if (lowerCase.Length == 0)
        {
            return true;
        }
        if (end < lowerCase.Length)
        {
            return false;
        }
        // The last character first, cheaply: an ASCII character equals an ASCII letter ignoring case only in one of its two
        // forms; any other character is left to the full comparison.
        var last = text[end - 1];
        return (!char.IsAscii(last) || (last | 0x20) == lowerCase[^1])
            && text.AsSpan(end - lowerCase.Length, lowerCase.Length).Equals(lowerCase, StringComparison.OrdinalIgnoreCase);
    }

    private static List<(int Start, int End)> PhoneSpans(List<Candidate> output)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var c in output)
        {
            if (c.Category == PiiCategory.Phone)
            {
                spans.Add((c.Start, c.End));
            }
        }
        spans.Sort();
        return spans;
    }

    /// <summary>A phone found by its shape covers <paramref name="position"/> (the spans do not overlap).</summary>
    private static bool InsidePhone(List<(int Start, int End)> phones, int position)
    {
        var index = phones.BinarySearch((position, int.MaxValue));
        index = index < 0 ? ~index - 1 : index;
        return index >= 0 && phones[index].Start <= position && phones[index].End > position;
    }

    /// <summary>Digits with single separators between them (space, dot, slash, hyphen, " - ", " / "): the end after the last digit.</summary>
    private static int ReadSpacedNumber(string text, int start, out int digits)
    {
        digits = 0;
        var end = start;
        var i = start;
        while (i < text.Length && i - start < 40)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits++;
                end = ++i;
                continue;
            }
            var gap = i;
            while (i < text.Length && i - gap < 3 && text[i] is ' ' or '.' or '/' or '-' or '–')
            {
                i++;
            }
            var separator = text.AsSpan(gap, i - gap);
            if (i == gap || i >= text.Length || !char.IsAsciiDigit(text[i]) || (separator.Length > 1 && separator.Trim().Length != 1)
                || separator.Count('.') > 0 && separator.Length > 1)
            {
                break;
            }
        }
        return end;
    }

    /// <summary>"12.03.2024": a date after "seit", not a phone.</summary>
    private static bool LooksLikeDate(ReadOnlySpan<char> value) =>
        value.Length is 8 or 10 && value.Count('.') == 2 && value.IndexOf('.') == 2;

    /// <summary>"+380 67 412 3309 / 0157 3902 1178": two numbers the shape joined at a spaced slash, each checked alone.</summary>
    private static void AddListedNumbers(string text, int start, int end, List<Candidate> output)
    {
        var partStart = start;
        while (partStart < end)
        {
            var slash = text.AsSpan(partStart, end - partStart).IndexOf(" / ", StringComparison.Ordinal);
            var partEnd = slash < 0 ? end : partStart + slash;
            if (slash < 0 && partStart == start)
            {
                return;
            }
            if (slash < 0 && PhoneShape().Match(text, partStart) is { Success: true } rest && rest.Index == partStart)
            {
                // The shape's group limit may have cut the last number short: read it again from its own start.
                partEnd = rest.Index + rest.Length;
                while (partEnd > partStart && !char.IsAsciiDigit(text[partEnd - 1]))
                {
                    partEnd--;
                }
            }
            if (IsPhoneNumber(text.AsSpan(partStart, partEnd - partStart)))
            {
                output.Add(new(PiiCategory.Phone, partStart, partEnd, CandidatePriority.Phone));
            }
            partStart = slash < 0 ? end : partEnd + 3;
        }
    }

    /// <summary>E-mail addresses, anchored on each '@' so the cost stays linear whatever the text.</summary>
    private static void FindEmails(string text, List<Candidate> output)
    {
        var at = text.IndexOf('@');
        var lastEnd = 0;
        while (at >= 0)
        {
            var start = at;
            while (start > lastEnd && at - start < 64 && IsLocalChar(text[start - 1]))
            {
                start--;
            }
            while (start < at && text[start] is '.' or '-' or '+')
            {
                start++;
            }
            var end = at + 1;
            var dots = 0;
            var labelLength = 0;
            while (end < text.Length && end - at < 255)
            {
                var c = text[end];
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    labelLength++;
                }
                else if (c == '.' && labelLength > 0 && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
                {
                    dots++;
                    labelLength = 0;
                }
                else
                {
                    break;
                }
                end++;
            }
            if (start < at && dots > 0 && labelLength > 0)
            {
                output.Add(new(PiiCategory.Email, start, end, CandidatePriority.Email));
                lastEnd = end;
            }
            at = end < text.Length ? text.IndexOf('@', Math.Max(end, at + 1)) : -1;
        }
    }

    private static bool IsLocalChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '+' or '-';

    /// <summary>
    /// "0157 7 01 28 94": a German mobile prefix (015x, 016x, 017x) and 10 to 12 digits is a phone as people write it,
    /// even where libphonenumber knows the prefix's exact length and counts one digit too few or too many.
    /// </summary>
    internal static bool IsMobileNumberShape(ReadOnlySpan<char> candidate)
    {
        var nationalBuffer = default(FixedBuffer16<char>);
        Span<char> national = nationalBuffer;
        var length = 0;
        var skip = candidate.StartsWith("+49") ? 3 : candidate.StartsWith("0049") ? 4 : 0;
        if (skip > 0)
        {
            national[length++] = '0';
        }
        foreach (var c in candidate[skip..])
        {
            if (char.IsAsciiDigit(c))
            {
                if (length == national.Length)
                {
                    return false;
                }
                national[length++] = c;
            }
        }
        return length is >= 10 and <= 12 && national[0] == '0' && national[1] == '1' && national[2] is '5' or '6' or '7';
    }

    internal static bool IsPhoneNumber(ReadOnlySpan<char> candidate)
    {
        var digits = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }
        if (digits is < 6 or > 16)
        {
            return false;
        }
        // Most numbers in letters are written in the national form ("0291 94-1234"): their answer needs no parse.
        if (GermanNationalNumbers.TryValidate(candidate, out var valid))
        {
            return valid;
        }
        try
        {
            var number = Phones.Parse(candidate.ToString(), "DE");
            // A number written with "+" and a foreign country code is a phone by that alone, as long as its length is
            // possible there: libphonenumber's ranges of allocated numbers lag behind ("+44 7911 402883", a UK mobile).
            return Phones.IsValidNumber(number)
                || (candidate[0] == '+' && number.CountryCode != 49 && Phones.IsPossibleNumber(number));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    // Backtracking, but bounded: every quantifier has a small upper bound and the repeated group ends the pattern, so
    // its first way of matching wins and nothing is retried after it; a scan stays linear (HostileInputTests). Find reads
    // its matches by hand (PhoneShapeReader, which changes with it; PhoneShapeReaderTests compares both).
    [GeneratedRegex(@"(?:(?:\+|00)[1-9]\d{0,2}[ \-/]{0,2}(?:\(0\)[ ]?)?\(?\d{1,5}\)?|\(0\d{1,5}\)|\(0(?:[ ]?\d){2,5}\)|0 ?\d{1,5})(?:[ \-–/]{0,3}\d{1,8}){1,5}", RegexOptions.CultureInvariant)]
    internal static partial Regex PhoneShape();
}
