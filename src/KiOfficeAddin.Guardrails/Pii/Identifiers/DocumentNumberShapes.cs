using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// A word of seven to twelve capital letters and digits, with at least five digits and a letter, that stands alone:
/// "FX113677", "AA5037266", "H8WVM9P862". That is how the world's passports and identity cards print their numbers,
/// whatever state issued them, and the keyword rules cannot know every way a writer introduces one ("RP (D) …", a
/// number alone in a list of travellers, "meine karte nummer ist …"). The numbers an office itself makes up for things
/// rather than people (invoices, bookings, courses, printed matter: "RE-2025-04412", "215/2025-IK") carry separators,
/// and a word joined to another by a hyphen, slash or dot is not read here.
/// </summary>
/// <remarks>
/// The weakest evidence of all (<see cref="CandidatePriority.DocumentNumberShape"/>): any other reading of the same
/// characters wins. A number right after a passport or identity-card word is left to the keyword rules, which decide
/// by its check digit or a foreign document named nearby (the published vectors call "Reisepassnummer: C0123456" an
/// invalid German number, not a passport). Measured before it landed (eleventh session, bench/README.md): on the read
/// corpora two more documents' numbers protected against one false alarm (a payment's transaction id); on the unseen
/// pool of sixteen batches four more protected against one false alarm.
/// </remarks>
internal static class DocumentNumberShapes
{
    private const int MinimumLength = 7;
    private const int MaximumLength = 12;
    private const int MinimumDigits = 5;

    /// <summary>Adds every such number of <paramref name="text"/>, read from its runs of digits.</summary>
    public static void Find(string text, DigitRuns digitRuns, List<Candidate> output)
    {
        // Where the last word read ended: a word with several runs of digits ("H8WVM9P862") is read once.
        var readUpTo = 0;
        for (var run = 0; run < digitRuns.Count; run++)
        {
            var runStart = digitRuns.Start(run);
            if (runStart < readUpTo)
            {
                continue;
            }
            var start = runStart;
            while (start > 0 && IsCodeCharacter(text[start - 1]) && runStart - start < MaximumLength)
            {
                start--;
            }
            var end = digitRuns.End(run);
            while (end < text.Length && IsCodeCharacter(text[end]) && end - start <= MaximumLength)
            {
                end++;
            }
            readUpTo = end;
            if (end - start is < MinimumLength or > MaximumLength || !StandsAlone(text, start, end) || DocumentWordBefore(text, start))
            {
                continue;
            }
            var digits = 0;
            for (var i = start; i < end; i++)
            {
                digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
            }
            if (digits >= MinimumDigits && digits < end - start)
            {
                var category = IdCardWordBefore(text, start) ? PiiCategory.IdCard : PiiCategory.Passport;
                output.Add(new Candidate(category, start, end, CandidatePriority.DocumentNumberShape));
            }
        }
    }

    private static bool IsCodeCharacter(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c);

    /// <summary>
    /// Not part of a longer word or code: no letter, digit, hyphen, slash, underscore or "@" touches it, and a dot after
    /// it ends a sentence rather than joining a further part ("AB12345.pdf", "RE-2025-04412", "x/AB12345").
    /// </summary>
    private static bool StandsAlone(string text, int start, int end)
    {
        if (start > 0 && Joins(text[start - 1]))
        {
            return false;
        }
        if (start > 0 && text[start - 1] == '.' && start > 1 && char.IsLetterOrDigit(text[start - 2]))
        {
            return false;
        }
        if (end < text.Length && Joins(text[end]))
        {
            return false;
        }
        return end + 1 >= text.Length || text[end] != '.' || !char.IsLetterOrDigit(text[end + 1]);
    }

    private static bool Joins(char c) => char.IsLetterOrDigit(c) || c is '-' or '/' or '_' or '@' or '\\' or '&' or '=' or '+' or '%';

    /// <summary>
    /// A passport or identity card named in the 40 characters before, in the same line ("Reisepassnummer: …",
    /// "Personalausweis Nr. …"): the keyword rules read that number and decide by its check digit, or by a foreign
    /// document named nearby, whether it is one; an invalid German number after such a word is not one.
    /// </summary>
    private static bool DocumentWordBefore(string text, int position)
    {
        var window = ContextWindow.LineBefore(text, position, 40);
        return window.Contains("pass", StringComparison.OrdinalIgnoreCase) || window.Contains("ausweis", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// An identity card named in the 60 characters before, in the same line ("meine karte nummer ist …", "ID card
    /// …"): the number is the card's. Everything else of this shape is read as a passport number, the commonest.
    /// </summary>
    private static bool IdCardWordBefore(string text, int position)
    {
        var window = ContextWindow.LineBefore(text, position, 60);
        return window.Contains("karte", StringComparison.OrdinalIgnoreCase)
            || window.Contains("card", StringComparison.OrdinalIgnoreCase)
            || window.Contains("kimlik", StringComparison.OrdinalIgnoreCase)
            || window.Contains("identit", StringComparison.OrdinalIgnoreCase);
    }
}
