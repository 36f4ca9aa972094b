namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>
/// Tells personal data in clear from our own placeholders in a text that is about to leave (a model request).
/// Only the canonical form the pseudonymiser writes counts (<c>[PERSON_1]</c>, see <see cref="PlaceholderSyntax"/>):
/// a bracketed token with an unknown name is not ours and protects nothing.
/// </summary>
public static class PlaceholderTokens
{
    /// <summary>
    /// Categories of the entities in <paramref name="analysis"/> that are readable in <paramref name="text"/>: an entity
    /// whose letters and digits all lie inside placeholder tokens (a detector reading "Frau [PERSON_1]" as a name) is not.
    /// </summary>
    public static IReadOnlySet<PiiCategory> CategoriesInClear(string text, PiiAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        var inClear = new SortedSet<PiiCategory>();
        if (analysis.Entities.Count == 0)
        {
            return inClear;
        }
        var covered = Coverage(text); // once per text, not once per entity
        foreach (var entity in analysis.Entities)
        {
            for (var i = entity.Start; i < entity.End; i++)
            {
                if (char.IsLetterOrDigit(text[i]) && !covered[i])
                {
                    inClear.Add(entity.Category);
                    break;
                }
            }
        }
        return inClear;
    }

    private static bool[] Coverage(string text)
    {
        var covered = new bool[text.Length];
        for (var open = text.IndexOf('[', StringComparison.Ordinal); open >= 0; open = text.IndexOf('[', open + 1))
        {
            var limit = Math.Min(text.Length, open + PlaceholderSyntax.MaxTokenLength);
            var close = text.IndexOf(']', open + 1, limit - open - 1);
            if (close > open && IsCanonical(text.AsSpan(open, close - open + 1)))
            {
                Array.Fill(covered, true, open, close - open + 1);
            }
        }
        return covered;
    }

    private static bool IsCanonical(ReadOnlySpan<char> token)
    {
        var underscore = token.LastIndexOf('_');
        if (underscore < 2)
        {
            return false;
        }
        var digits = token[(underscore + 1)..^1];
        if (digits.Length is 0 or > PlaceholderSyntax.MaxDigits || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        return PiiCategoryNames.TryParse(token[1..underscore].ToString(), out _);
    }
}
