using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Identifiers;

namespace KiOfficeAddin.Guardrails.Tests.Pii;

/// <summary>
/// The keyword pass rules out most words by length, first and last letter before it compares them (a speed-up): these
/// tests hold that no keyword or number word is ruled out.
/// </summary>
public sealed partial class KeywordFilterTests
{
    [Fact]
    public void NoKeywordOrNumberWordOfTheCorporaIsRuledOut()
    {
        var words = new HashSet<string>(StringComparer.Ordinal)
        {
            "Aktenzeichen", "AZ", "az", "Zeichen", "Wohngeldantrags", "Bußgeldverfahrens", "Zulassungsvorgang", "Geburtenregister",
            "Reisepass-Nr", "Akten-NR", "Kassenzeichen-Nummer", "Vorgangs-nummer", "ID-Karte", "Nummer", "nummer", "Nr", "BG",
            "PESEL", "karta", "Kimlik", "policy", "PASSPORTS", "Vereinsregister", "x-Nr", "Reisepaſſ", "ıd", "Kosovo-Pass",
            "Fahrzeugkennzeichen", "KFZ-KENNZEICHEN", "Erstantrags", "Widerspruchsverfahrens", "Melderegister",
        };
        var corpus = Path.Combine(AppContext.BaseDirectory, "Pii", "Corpus");
        foreach (var file in Directory.EnumerateFiles(corpus, "*.jsonl"))
        {
            foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                foreach (Match m in Word().Matches((string)JsonNode.Parse(line)!["text"]!))
                {
                    words.Add(m.Value);
                    words.Add(m.Value.ToLowerInvariant());
                    words.Add(m.Value.ToUpperInvariant());
                }
            }
        }
        var keywords = 0;
        foreach (var word in words)
        {
            if (KeywordValueRecognizer.IsKeywordOrNumberWord(word))
            {
                keywords++;
                Assert.True(KeywordValueRecognizer.PassesKeywordFilter(word), word);
            }
        }
        Assert.True(keywords > 100, $"{keywords} keywords");
    }

    [Fact]
    public void MostWordsAreRuledOut()
    {
        // "Verwaltung" and "Formulare" left this list in the fifteenth session: they share first letter, length and last
        // letter with the keywords "Verwarnung" and "Fundsache" and now take the (cheap) look-up.
        string[] words = ["Sehr", "geehrte", "Frau", "wir", "bitten", "Sie", "um", "Ihre", "Unterlagen", "und", "grüßen",
            "Wohnung", "Antwort", "Nürnberg", "Mitteilungen", "Schreiben", "Rückfragen"];
        Assert.All(words, w => Assert.False(KeywordValueRecognizer.PassesKeywordFilter(w), w));
    }

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*")]
    private static partial Regex Word();
}
