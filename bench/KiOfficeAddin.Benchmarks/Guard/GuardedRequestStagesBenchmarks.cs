using BenchmarkDotNet.Attributes;
using KiOfficeAddin.Benchmarks.Pii;
using KiOfficeAddin.Guardrails.Copyright;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Benchmarks.Guard;

/// <summary>
/// The guardrail work a 4 KB /api/v1/assist request does in process, stage by stage, on the same letter the load test
/// sends (dev-corpus letters joined): detection of the input, pseudonymisation, the egress guard's scan of what is left
/// around the pseudonymised text, the input and output copyright checks, and restoration of the echoed answer.
/// The load test (bench/KiOfficeAddin.LoadTest) measures the whole request over HTTP; this says which part is ours.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class GuardedRequestStagesBenchmarks
{
    // What the egress guard still scans once the registered pseudonymised text is cut out: the system prompt of the
    // use case the load test sends (Generation/Leitfaden/proofread.yaml) and the gap left by the cut.
    private const string PromptAroundTheText =
        "Du bist Schreibassistenz in einer deutschen Stadtverwaltung. Korrigiere Rechtschreibung, Grammatik und " +
        "Zeichensetzung des Textes nach den amtlichen Regeln.\nRegeln:\n- Ändere Stil, Wortwahl und Inhalt nur, wo es für " +
        "die Korrektheit nötig ist.\n- Platzhalter in eckigen Klammern wie [PERSON_1] oder [IBAN_1] stehen für geschützte " +
        "Daten. Übernimm sie Zeichen für Zeichen unverändert und erfinde keine neuen.\n- Antworte nur mit dem korrigierten " +
        "Text, ohne Einleitung und ohne Liste der Änderungen.\n\n\n";

    private readonly PiiDetector detector = new();
    private readonly Pseudonymizer pseudonymizer = new();
    private CopyrightChecker copyright = null!;
    private string letter = null!;
    private PiiAnalysis analysis = null!;
    private PseudonymizedText pseudonymized = null!;

    [GlobalSetup]
    public void Setup()
    {
        letter = PiiCorpus.OfLength(4096);
        analysis = detector.Analyze(letter);
        pseudonymized = pseudonymizer.Pseudonymize(letter, analysis);
        copyright = new CopyrightChecker(new ProtectedTextLibrary(ProtectedTextIndex.Build([])), new CopyrightOptions());
    }

    [Benchmark(Description = "detect personal data in the 4 KB input")]
    public int Detect() => detector.Analyze(letter).Entities.Count;

    [Benchmark(Description = "pseudonymise (given the analysis)")]
    public int Pseudonymize() => pseudonymizer.Pseudonymize(letter, analysis).Text.Length;

    [Benchmark(Description = "policy: decision-request classifier over the 4 KB input")]
    public bool DecisionRequests() => KiOfficeAddin.Guardrails.Policy.DecisionRequestClassifier.Classify(null, letter) is null;

    // Since the fifth session the guard cuts the Leitfaden's wording out as well (checked once at start), so on the
    // wire it scans only the tone and short instructions; this is what the scan of the system prompt cost per request.
    [Benchmark(Description = "egress guard: scan the prompt around the cut-out text")]
    public int EgressRemainder() => PlaceholderTokens.CategoriesInClear(PromptAroundTheText, detector.Analyze(PromptAroundTheText)).Count;

    [Benchmark(Description = "copyright: input markers + output against the input")]
    public int Copyright() => copyright.CheckInput(letter).Count + copyright.CheckOutput(pseudonymized.Text, letter).Count;

    [Benchmark(Description = "restore the echoed answer")]
    public int Restore() => pseudonymized.Map.RestoreWithReport(pseudonymized.Text).Text.Length;
}
