using System.Text.RegularExpressions;

namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>
/// Finds German personal data in a text. Thread-safe; create once.
/// (Foundation version: e-mail addresses and IBANs only — the full detector replaces the internals.)
/// </summary>
public sealed partial class PiiDetector
{
    public PiiAnalysis Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entities = new List<PiiEntity>();
        foreach (var match in EmailPattern().EnumerateMatches(text))
        {
            entities.Add(new(PiiCategory.Email, match.Index, match.Index + match.Length));
        }
        foreach (var match in IbanPattern().EnumerateMatches(text))
        {
            entities.Add(new(PiiCategory.Iban, match.Index, match.Index + match.Length));
        }
        entities.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new PiiAnalysis(entities, []);
    }

    [GeneratedRegex(@"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", RegexOptions.NonBacktracking)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b", RegexOptions.NonBacktracking)]
    private static partial Regex IbanPattern();
}
