using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Identifiers;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// A serial is read only when <see cref="IdentifierRecognizer.TravelDocumentContextAnywhere"/> finds a document word in
/// the whole text; the 60 characters before the serial are then asked with <see cref="IdentifierRecognizer.IdCardContext"/>
/// and <see cref="IdentifierRecognizer.PassportContext"/>. The whole-text pattern is kept by hand as a superset of the
/// two (it drifted once: the genitive "Reisepasses" was in the window pattern only, and such serials were never read).
/// These tests hold the superset on every text of the corpora and on every piece of a word a window can start in.
/// </summary>
public sealed class TravelDocumentContextTests
{
    private static readonly Regex IdCard = IdentifierRecognizer.IdCardContext();
    private static readonly Regex Passport = IdentifierRecognizer.PassportContext();
    private static readonly Regex Anywhere = IdentifierRecognizer.TravelDocumentContextAnywhere();

    private static IEnumerable<string> CorpusTexts() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Pii", "Corpus"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => (string)JsonNode.Parse(line)!["text"]!);

    [Fact]
    public void WheneverAWindowPatternFindsADocumentWordTheWholeTextPatternDoesToo()
    {
        var missed = new List<string>();
        var texts = 0;
        foreach (var text in CorpusTexts().Concat(DocumentWords))
        {
            texts++;
            foreach (var window in new[] { IdCard, Passport })
            {
                var match = window.Match(text);
                if (match.Success && !Anywhere.IsMatch(text))
                {
                    missed.Add(match.Value);
                }
            }
        }
        Assert.True(texts > 1000, $"only {texts} texts");
        Assert.True(missed.Count == 0, "not found by the whole-text pattern: " + string.Join(", ", missed.Distinct()));
    }

    /// <summary>
    /// A window may start inside a word ("…eisepass Nr."), where its own start counts as a word boundary: every tail of
    /// every word of the corpora (with the character after it) that a window pattern matches must be matched by the
    /// whole-text pattern in the full word.
    /// </summary>
    [Fact]
    public void AWindowStartingInsideAWordFindsNothingTheWholeTextPatternMisses()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in CorpusTexts().Concat(DocumentWords))
        {
            foreach (Match word in Regex.Matches(text, @"\w+(?:[\- ]\w+)?\W?"))
            {
                words.Add(word.Value);
            }
        }
        var missed = new List<string>();
        foreach (var word in words)
        {
            for (var start = 1; start < word.Length; start++)
            {
                var tail = word[start..];
                if ((IdCard.IsMatch(tail) || Passport.IsMatch(tail)) && !Anywhere.IsMatch(word))
                {
                    missed.Add(word);
                    break;
                }
            }
        }
        Assert.True(words.Count > 10_000, $"only {words.Count} words");
        Assert.True(missed.Count == 0, "not found by the whole-text pattern: " + string.Join(", ", missed));
    }

    // Forms the window patterns name, in sentences, so the test does not rest on the corpora holding each of them.
    private static readonly string[] DocumentWords =
    [
        "Personalausweis Nr.", "Ausweis-Nr.", "mein perso ist weg", "PA-Nr. ", "PA Nr.", "Dokumentennummer:", "identity card",
        "ID card", "ID-Karte", "Aufenthaltstitel", "eAT", "residence card", "residence permit", "Aufenthaltskarte",
        "Reisepass", "Pass", "Passes", "Reisepasses", "Passnummer", "Pass-Nr.", "Pass Nr.", "passport", "Kinderreisepass",
        "des alten PA laut Kopie", "Nummer des PA:",
    ];
}
