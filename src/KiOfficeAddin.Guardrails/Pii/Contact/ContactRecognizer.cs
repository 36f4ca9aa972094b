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
        foreach (var m in EmailShape().EnumerateMatches(text))
        {
            var end = m.Index + m.Length;
            while (end > m.Index && text[end - 1] is '.' or '-')
            {
                end--;
            }
            var start = m.Index;
            while (start < end && text[start] is '.' or '-' or '+')
            {
                start++;
            }
            output.Add(new(PiiCategory.Email, start, end, CandidatePriority.Email));
        }
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
        }
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

    [GeneratedRegex(@"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}", RegexOptions.NonBacktracking)]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"(?:(?:\+|00)[1-9]\d{0,2}[ \-/]{0,2}(?:\(0\)[ ]?)?\(?\d{1,5}\)?|\(0\d{1,5}\)|0\d{1,5})(?:[ \-/]{0,3}\d{1,8}){1,5}", RegexOptions.NonBacktracking)]
    private static partial Regex PhoneShape();
}
