using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using KiOfficeAddin.Guardrails.Copyright;

namespace KiOfficeAddin.Benchmarks.Copyright;

/// <summary>
/// The output check against 10 MB of registered texts (target: ≤ 20 ms per 1,000 characters of answer).
/// The texts are synthetic German-like prose from a fixed seed, so every run indexes the same 10 MB.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CopyrightCheckBenchmarks
{
    private const int RegisteredCharacters = 10 * 1024 * 1024;
    private const int Files = 200;

    private CopyrightChecker checker = null!;
    private string answerWithQuotation = null!;
    private string answerWithoutQuotation = null!;
    private string longAnswer = null!;
    private string userInput = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261130);
        var vocabulary = Vocabulary(random, 6000);
        var texts = new List<ProtectedText>(Files);
        for (var file = 0; file < Files; file++)
        {
            texts.Add(new ProtectedText($"synthetic-{file:000}.txt", Prose(random, vocabulary, RegisteredCharacters / Files)));
        }
        var started = Stopwatch.GetTimestamp();
        var index = ProtectedTextIndex.Build(texts);
        Console.WriteLine($"// Index: {index.Count} texts, {index.Characters:N0} characters, {index.Fingerprints:N0} fingerprints, built in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms");
        checker = new CopyrightChecker(new ProtectedTextLibrary(index), new CopyrightOptions());

        // A 1,000-character answer: fresh prose around a 250-character passage of a registered text.
        var source = texts[137].Text;
        var passageStart = source.IndexOf(' ', 20_000) + 1;
        var passage = source.Substring(passageStart, 250);
        answerWithQuotation = Prose(random, vocabulary, 375) + " " + passage + " " + Prose(random, vocabulary, 373);
        answerWithoutQuotation = Prose(random, vocabulary, 1000);
        longAnswer = Prose(random, vocabulary, 5000);
        userInput = Prose(random, vocabulary, 1500);
        if (checker.CheckOutput(answerWithQuotation, userInput).Count != 1)
        {
            throw new InvalidOperationException("The planted passage was not found: the benchmark would measure the wrong path.");
        }
    }

    [Benchmark(Baseline = true, Description = "1,000 chars, one 250-char quotation")]
    public int AnswerWithQuotation() => checker.CheckOutput(answerWithQuotation, userInput).Count;

    [Benchmark(Description = "1,000 chars, no quotation")]
    public int AnswerWithoutQuotation() => checker.CheckOutput(answerWithoutQuotation, userInput).Count;

    [Benchmark(Description = "5,000 chars, no quotation")]
    public int LongAnswer() => checker.CheckOutput(longAnswer, userInput).Count;

    [Benchmark(Description = "input markers, 1,500 chars")]
    public int InputCheck() => checker.CheckInput(userInput).Count;

    private static string[] Vocabulary(Random random, int size)
    {
        string[] syllables =
        [
            "an", "be", "ver", "ge", "stadt", "amt", "bür", "ger", "haus", "wei", "ter", "lei", "tung", "en", "ung",
            "schaft", "keit", "rat", "land", "fahr", "zeug", "wohn", "raum", "bau", "plan", "geld", "steu", "er",
            "frist", "an", "trag", "be", "scheid", "stel", "le", "ord", "nung", "recht", "hilfe", "kin", "der",
            "gar", "ten", "stra", "ße", "platz", "markt", "feu", "wehr", "schu", "le", "sport", "hal", "le", "ruhr",
        ];
        var words = new HashSet<string>(StringComparer.Ordinal) { "und", "der", "die", "das", "mit", "für", "im", "auf" };
        while (words.Count < size)
        {
            var count = random.Next(1, 5);
            var word = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                word.Append(syllables[random.Next(syllables.Length)]);
            }
            words.Add(word.ToString());
        }
        return [.. words];
    }

    private static string Prose(Random random, string[] vocabulary, int characters)
    {
        var text = new StringBuilder(characters + 64);
        while (text.Length < characters)
        {
            var words = random.Next(6, 20);
            for (var i = 0; i < words; i++)
            {
                var word = vocabulary[random.Next(vocabulary.Length)];
                text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                text.Append(i == words - 1 ? ". " : " ");
            }
        }
        return text.ToString(0, characters);
    }
}
