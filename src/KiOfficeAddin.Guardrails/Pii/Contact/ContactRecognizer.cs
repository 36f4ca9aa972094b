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
        FindEmails(text, output);
        foreach (var m in PhoneShape().EnumerateMatches(text))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
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
            if (IsPhoneNumber(text.AsSpan(start, end - start)))
            {
                output.Add(new(PiiCategory.Phone, start, end, CandidatePriority.Phone));
            }
            else
            {
                AddListedNumbers(text, start, end, output);
            }
        }
    }

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
        try
        {
            var number = Phones.Parse(candidate.ToString(), "DE");
            return Phones.IsValidNumber(number);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    // Backtracking, but bounded: every quantifier has a small upper bound and the repeated group ends the pattern, so
    // its first way of matching wins and nothing is retried after it; a scan stays linear (HostileInputTests).
    [GeneratedRegex(@"(?:(?:\+|00)[1-9]\d{0,2}[ \-/]{0,2}(?:\(0\)[ ]?)?\(?\d{1,5}\)?|\(0\d{1,5}\)|\(0(?:[ ]?\d){2,5}\)|0 ?\d{1,5})(?:[ \-–/]{0,3}\d{1,8}){1,5}", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneShape();
}
