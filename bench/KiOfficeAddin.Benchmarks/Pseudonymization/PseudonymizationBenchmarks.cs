using System.Text;
using BenchmarkDotNet.Attributes;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Benchmarks.Pseudonymization;

/// <summary>
/// Pseudonymise + restore a letter, restore a rewritten answer, and stream-restore it in 5-character chunks, at
/// 4 KB, 64 KB and 1 MB, to show the cost is linear. Entities come from markers, so the detector's speed is not in it.
/// </summary>
[MemoryDiagnoser]
public class PseudonymizationBenchmarks
{
    private const string Paragraph =
        "Sehr geehrte Frau «Dr. Laura Kaya{n}|kaya{n}», wir haben Ihren Antrag vom 12.03. erhalten. Frau «Kaya{n}|kaya{n}» "
        + "hatte am Telefon (Rufnummer «0160 517{n} 45783||PHONE») mitgeteilt, dass «Kaya{n}s|kaya{n}» Sohn «Jonas Weber{n}|weber{n}» "
        + "in der «Clemens-August-Straße 12{n}||ADDRESS», «59821 Arnsberg||ADDRESS» wohnt. Bitte überweisen Sie die Gebühr "
        + "von 45,00 EUR auf das Konto «DE02 1203 0000 0000 2020 {nn}||IBAN». Für Rückfragen erreichen Sie uns unter "
        + "«l.kaya{n}@example.org||EMAIL». Das Aktenzeichen lautet «32-1.4/{n}/2025||CASE_REFERENCE». Herr «Weber{n}|weber{n}» "
        + "hat dem zugestimmt; [PERSON_1] in der Vorlage ist ein Platzhalter des Formulars.\n\n";

    private readonly Pseudonymizer pseudonymizer = new();
    private string text = "";
    private PiiAnalysis analysis = PiiAnalysis.Empty;
    private PseudonymMap map = null!;
    private string answer = "";
    private string[] chunks = [];

    [Params(4 * 1024, 64 * 1024, 1024 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (text, analysis) = BuildLetter(Size);
        var pseudonymized = pseudonymizer.Pseudonymize(text, analysis);
        map = pseudonymized.Map;
        // A rewritten answer: differs from the first character on, mentions every placeholder, some inflected.
        answer = "Entwurf: " + pseudonymized.Text.Replace("[PERSON_1]s", "[PERSON_1]'s", StringComparison.Ordinal);
        chunks = Enumerable.Range(0, (answer.Length + 4) / 5)
            .Select(i => answer.Substring(i * 5, Math.Min(5, answer.Length - (i * 5))))
            .ToArray();
    }

    [Benchmark(Description = "pseudonymise + restore (exact round trip)")]
    public int PseudonymizeAndRestore()
    {
        var pseudonymized = pseudonymizer.Pseudonymize(text, analysis);
        return pseudonymized.Map.Restore(pseudonymized.Text).Length;
    }

    [Benchmark(Description = "restore a rewritten answer")]
    public int RestoreAnswer() => map.Restore(answer).Length;

    [Benchmark(Description = "stream-restore in 5-char chunks")]
    public int StreamRestoreIn5CharChunks()
    {
        var restorer = map.CreateStreamingRestorer();
        var length = 0;
        foreach (var chunk in chunks)
        {
            length += restorer.Push(chunk).Length;
        }
        return length + restorer.Complete().Length;
    }

    /// <summary>Paragraphs with numbered persons and values until the size is reached; entities from «value|key|CATEGORY».</summary>
    private static (string Text, PiiAnalysis Analysis) BuildLetter(int size)
    {
        var output = new StringBuilder(size + Paragraph.Length);
        var entities = new List<PiiEntity>();
        for (var index = 1; output.Length < size; index++)
        {
            var number = (index % 97).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var marked = Paragraph.Replace("{nn}", number, StringComparison.Ordinal).Replace("{n}", number, StringComparison.Ordinal);
            var position = 0;
            while (true)
            {
                var open = marked.IndexOf('«', position);
                if (open < 0)
                {
                    output.Append(marked, position, marked.Length - position);
                    break;
                }
                output.Append(marked, position, open - position);
                var close = marked.IndexOf('»', open);
                var parts = marked[(open + 1)..close].Split('|');
                var category = parts.Length > 2 && PiiCategoryNames.TryParse(parts[2], out var parsed) ? parsed : PiiCategory.Person;
                entities.Add(new PiiEntity(category, output.Length, output.Length + parts[0].Length, parts[1].Length > 0 ? parts[1] : null));
                output.Append(parts[0]);
                position = close + 1;
            }
        }
        var text = output.ToString(0, size);
        return (text, new PiiAnalysis(entities.Where(e => e.End <= size).ToArray(), []));
    }
}
