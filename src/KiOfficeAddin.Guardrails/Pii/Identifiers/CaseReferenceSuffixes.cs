namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// A file number's closing letters after a space, which the readers of its shape stop before: an office's or a
/// clerk's initials ("unser Az. 214/25 KÖ"), the country of a central authority's file ("II 3 – 6730/25 CZ"), a notary's
/// register ("URNr. 1187/2025 F"). One to three capitals after a case reference that ends in a digit, ending the phrase.
/// </summary>
internal static class CaseReferenceSuffixes
{
    /// <summary>Extends the case references in <paramref name="entities"/> (sorted, not overlapping) by their suffix.</summary>
    public static void Extend(string text, List<PiiEntity> entities)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Category != PiiCategory.CaseReference || !char.IsAsciiDigit(text[entity.End - 1]) || entity.End + 2 >= text.Length
                || text[entity.End] != ' ')
            {
                continue;
            }
            var end = entity.End + 1;
            while (end < text.Length && end - entity.End <= 3 && IsCapital(text[end]))
            {
                end++;
            }
            var letters = end - entity.End - 1;
            if (letters is < 1 or > 3 || (i + 1 < entities.Count && entities[i + 1].Start < end) || !EndsPhrase(text, end)
                || text.AsSpan(entity.End + 1, letters) is "EUR" or "USD" or "CHF" or "GBP" or "PLN")
            {
                continue;
            }
            entities[i] = entity with { End = end };
        }
    }

    private static bool IsCapital(char c) => char.IsAsciiLetterUpper(c) || c is 'Ä' or 'Ö' or 'Ü';

    /// <summary>The line, the sentence, the clause or the bracket ends at <paramref name="end"/> ("214/25 KÖ\n", "… TR)").</summary>
    private static bool EndsPhrase(string text, int end) =>
        end == text.Length || text[end] is '\n' or '\r' or ')' or ',' or ';' or ':'
        || (text[end] == '.' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
        || (text[end] == ' ' && end + 1 < text.Length && text[end + 1] is '–' or '-' or '(' or '/');
}
