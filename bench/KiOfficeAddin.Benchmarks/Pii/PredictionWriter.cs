using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Benchmarks.Pii;

/// <summary>
/// <c>score CORPUS.jsonl OUT.jsonl</c>: runs the detector over a corpus and writes predictions in the format
/// <c>shared/corpus/score.py</c> reads; prints the throughput on stderr.
/// </summary>
internal static class PredictionWriter
{
    /// <summary><c>analyze TEXT</c>: prints what the detector finds, for looking at one case by hand.</summary>
    public static int Print(string text)
    {
        var analysis = new PiiDetector().Analyze(text);
        foreach (var e in analysis.Entities)
        {
            Console.WriteLine($"{e.Category.ToContractName(),-16} {e.Start,5}-{e.End,-5} {text[e.Start..e.End]}  key={e.IdentityKey}");
        }
        foreach (var s in analysis.SpecialCategoryEvidence)
        {
            Console.WriteLine($"special {s.Category.ToContractName(),-10} {text[s.Start..s.End]}");
        }
        return 0;
    }

    /// <summary><c>profile CORPUS [STAGE]</c>: time per recognizer stage over the corpus (one second warm, one second measured), to find the slow one.</summary>
    public static int Profile(string corpusPath, string? only = null)
    {
        var documents = File.ReadLines(corpusPath).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => (string)JsonNode.Parse(l)!["text"]!).ToList();
        var stages = new (string Name, Action<string> Run)[]
        {
            ("contact", t => KiOfficeAddin.Guardrails.Pii.Contact.ContactRecognizer.Find(t, [])),
            ("identifiers", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.Find(t, [])),
            ("keywords", t => KiOfficeAddin.Guardrails.Pii.Identifiers.KeywordValueRecognizer.Find(t, [])),
            ("addresses", t => KiOfficeAddin.Guardrails.Pii.Addresses.AddressRecognizer.Find(t, [])),
            ("tokenize", t => KiOfficeAddin.Guardrails.Pii.Names.WordTokenizer.Tokenize(t).Dispose()),
            ("lexicon", t => { using var tokens = KiOfficeAddin.Guardrails.Pii.Names.WordTokenizer.Tokenize(t); for (var k = 0; k < tokens.Count; k++) { KiOfficeAddin.Guardrails.Pii.Lexicons.PiiLexicons.GivenNames.Contains(t.AsSpan(tokens[k].Start, tokens[k].Length)); } }),
            ("stopwords", t => { using var tokens = KiOfficeAddin.Guardrails.Pii.Names.WordTokenizer.Tokenize(t); for (var k = 0; k < tokens.Count; k++) { KiOfficeAddin.Guardrails.Pii.Names.NameWords.NotNames.Contains(t.AsSpan(tokens[k].Start, tokens[k].Length)); } }),
            ("iban", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.FindIbans(t, [])),
            ("digitruns", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.FindDigitRuns(t, [])),
            ("caseref", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.FindCaseReferences(t, [])),
            ("plates", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.FindLicensePlates(t, [])),
            ("traveldoc", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.FindTravelDocuments(t, [])),
            ("vat", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.FindVatIds(t, [])),
            ("taxnum", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.FindTaxNumbers(t, [])),
            ("ssn", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.FindSocialSecurityNumbers(t, [])),
            ("kvnr", t => KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.FindHealthInsuranceNumbers(t, [])),
            ("names", t => { using var tokens = KiOfficeAddin.Guardrails.Pii.Names.WordTokenizer.Tokenize(t); new KiOfficeAddin.Guardrails.Pii.Names.NameRecognizer(t, tokens).FindByCues(); }),
            // Tokens, word classes and cues (the recognizer's constructor) without a rule pass: "names" less this is the rules.
            ("cues", t => { using var tokens = KiOfficeAddin.Guardrails.Pii.Names.WordTokenizer.Tokenize(t); _ = new KiOfficeAddin.Guardrails.Pii.Names.NameRecognizer(t, tokens); }),
            ("classify", t => { using var tokens = KiOfficeAddin.Guardrails.Pii.Names.WordTokenizer.Tokenize(t); KiOfficeAddin.Guardrails.Pii.Names.NameWords.Classify(t, tokens); }),
            ("identities", t =>
            {
                using var tokens = KiOfficeAddin.Guardrails.Pii.Names.WordTokenizer.Tokenize(t);
                var names = new KiOfficeAddin.Guardrails.Pii.Names.NameRecognizer(t, tokens);
                names.FindByCues();
                KiOfficeAddin.Guardrails.Pii.Names.PersonIdentities.Resolve(t, tokens, names.Mentions, []);
            }),
            ("dates", t => KiOfficeAddin.Guardrails.Pii.Dates.DateOfBirthRecognizer.Find(t, [], [])),
            // The digit clusters identifiers, keyword values and dates share (each of those stages finds them itself).
            ("clusters", t => KiOfficeAddin.Guardrails.Pii.Identifiers.DigitClusters.Find(t)),
            ("tables", t => KiOfficeAddin.Guardrails.Pii.Identifiers.TableColumnRecognizer.Find(t, [])),
            // Identifiers, keyword values, table columns and dates of birth together: the area as the detector runs it
            // (digit clusters found once and shared, as PiiDetector does).
            ("idsarea", t =>
            {
                var found = new List<KiOfficeAddin.Guardrails.Pii.Text.Candidate>();
                var clusters = KiOfficeAddin.Guardrails.Pii.Identifiers.DigitClusters.Find(t);
                KiOfficeAddin.Guardrails.Pii.Identifiers.IdentifierRecognizer.Find(t, found, clusters);
                KiOfficeAddin.Guardrails.Pii.Identifiers.KeywordValueRecognizer.Find(t, found, clusters);
                KiOfficeAddin.Guardrails.Pii.Identifiers.TableColumnRecognizer.Find(t, found);
                KiOfficeAddin.Guardrails.Pii.Dates.DateOfBirthRecognizer.Find(t, [], found, clusters);
            }),
            ("special", t => KiOfficeAddin.Guardrails.Pii.SpecialCategories.SpecialCategoryRecognizer.Find(t, [])),
            ("all", t => new PiiDetector().Analyze(t)),
        };
        // PROFILE_WARMUP_MS: longer warm-up when one stage is profiled alone in a fresh process (the JIT's later tiers).
        var warmUpMilliseconds = int.TryParse(Environment.GetEnvironmentVariable("PROFILE_WARMUP_MS"), out var ms) ? ms : 1000;
        // PROFILE_ROUNDS: measure the chosen stages (STAGE may name several, "a,b,c") in that many interleaved rounds and
        // report the lowest and the median figure per stage. On a machine shared with other work one round can cost
        // twice the next; interleaving lets a busy minute hit every stage alike, and the lowest round is the stage's cost.
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("PROFILE_ROUNDS"), out var r) && r > 1 ? r : 1;
        // PROFILE_WARMUP_PASSES and PROFILE_PASSES: counts of passes instead of times. Two runs that differ only in
        // PROFILE_PASSES do the same work but for those passes, so the difference of their instruction counts (perf stat
        // -e instructions:u) is the cost of the passes alone, however busy the machine is.
        int? warmUpPasses = int.TryParse(Environment.GetEnvironmentVariable("PROFILE_WARMUP_PASSES"), out var wp) ? wp : null;
        int? fixedPasses = int.TryParse(Environment.GetEnvironmentVariable("PROFILE_PASSES"), out var fp) ? fp : null;
        var chosen = only?.Split(',') ?? [];
        var selected = stages.Where(s => only is null || chosen.Contains(s.Name)).ToList();
        var bytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d));
        var figures = selected.ToDictionary(s => s.Name, _ => new List<double>());
        // Wall time of each single pass: its lower tenth is the cost of a pass the machine did not interrupt.
        var passWalls = selected.ToDictionary(s => s.Name, _ => new List<double>());
        foreach (var (name, run) in selected)
        {
            // Warm up for a second, not a count of passes: on a busy machine the background JIT needs that long to
            // replace the first-tier code, and its CPU time would otherwise land in the measurement.
            var warmUp = Stopwatch.StartNew();
            for (var done = 0; warmUpPasses is { } w ? done < w : warmUp.ElapsedMilliseconds < warmUpMilliseconds; done++)
            {
                documents.ForEach(run);
            }
            Thread.Sleep(200);
            if (rounds > 1)
            {
                continue;
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var collections = GC.CollectionCount(0);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var passes = 0;
            while (fixedPasses is { } n ? passes < n : wall.ElapsedMilliseconds < 1000)
            {
                documents.ForEach(run);
                passes++;
            }
            if (passes == 0)
            {
                continue;
            }
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var allocatedPerPass = (GC.GetAllocatedBytesForCurrentThread() - allocated) / passes;
            var collectionsPerPass = (GC.CollectionCount(0) - collections) / (double)passes;
            Console.WriteLine($"{name,-12} {used.TotalMilliseconds / passes:F2} ms CPU ({wall.Elapsed.TotalMilliseconds / passes:F2} ms wall) per corpus pass, {bytes / (used.TotalSeconds / passes) / 1e6:F1} MB/s of CPU time, {allocatedPerPass / 1024.0:F0} KiB allocated and {collectionsPerPass:F2} gen0 GCs per pass");
        }
        // PROFILE_PER_DOCUMENT=N: time every document N times (stages interleaved) and report the sum of each document's
        // fastest call. A document takes tens of microseconds, so on a machine busy with other work most of its calls run
        // uninterrupted, and the fastest of N is its cost; a corpus pass of milliseconds is rarely spared so long.
        if (int.TryParse(Environment.GetEnvironmentVariable("PROFILE_PER_DOCUMENT"), out var perDocument) && perDocument > 0)
        {
            var fastest = selected.ToDictionary(s => s.Name, _ => Enumerable.Repeat(long.MaxValue, documents.Count).ToArray());
            for (var repetition = 0; repetition < perDocument; repetition++)
            {
                foreach (var (name, run) in selected)
                {
                    var perDocumentFastest = fastest[name];
                    for (var d = 0; d < documents.Count; d++)
                    {
                        var start = Stopwatch.GetTimestamp();
                        run(documents[d]);
                        perDocumentFastest[d] = Math.Min(perDocumentFastest[d], Stopwatch.GetTimestamp() - start);
                    }
                }
            }
            foreach (var (name, ticks) in fastest)
            {
                var milliseconds = ticks.Sum() * 1000.0 / Stopwatch.Frequency;
                Console.WriteLine($"{name,-12} {milliseconds:F3} ms per corpus pass: the sum of each document's fastest of {perDocument} calls ({bytes / (milliseconds / 1000) / 1e6:F1} MB/s)");
            }
            return 0;
        }
        for (var round = 0; rounds > 1 && round < rounds; round++)
        {
            foreach (var (name, run) in selected)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                var passes = 0;
                while (wall.ElapsedMilliseconds < 500)
                {
                    var pass = Stopwatch.GetTimestamp();
                    documents.ForEach(run);
                    passWalls[name].Add(Stopwatch.GetElapsedTime(pass).TotalMilliseconds);
                    passes++;
                }
                figures[name].Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / passes);
            }
        }
        foreach (var (name, values) in figures.Where(f => f.Value.Count > 0))
        {
            values.Sort();
            var walls = passWalls[name];
            walls.Sort();
            Console.WriteLine($"{name,-12} lowest {values[0]:F2} ms CPU per corpus pass ({bytes / (values[0] / 1000) / 1e6:F1} MB/s), median {values[values.Count / 2]:F2} ms, highest {values[^1]:F2} ms over {values.Count} interleaved rounds of 0.5 s; single passes (wall): fastest {walls[0]:F3} ms, 10th percentile {walls[walls.Count / 10]:F3} ms of {walls.Count}");
        }
        return 0;
    }

    /// <summary>
    /// <c>dump CORPUS OUT</c>: everything the detector decides, one line per document (entities with identity keys,
    /// special-category evidence spans, the pseudonymised text), so that bench/pii-equivalence.sh can show a speed
    /// change to be byte-identical; <c>score</c> writes only what score.py reads.
    /// </summary>
    public static int Dump(string corpusPath, string outputPath)
    {
        var detector = new PiiDetector();
        var pseudonymizer = new Pseudonymizer();
        using var writer = new StreamWriter(outputPath);
        foreach (var line in File.ReadLines(corpusPath).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var document = JsonNode.Parse(line)!;
            var text = (string)document["text"]!;
            var analysis = detector.Analyze(text);
            var dump = new JsonObject
            {
                ["id"] = (string)document["id"]!,
                ["entities"] = new JsonArray(analysis.Entities
                    .Select(e => (JsonNode)new JsonArray(e.Category.ToContractName(), e.Start, e.End, e.IdentityKey)).ToArray()),
                ["evidence"] = new JsonArray(analysis.SpecialCategoryEvidence
                    .Select(e => (JsonNode)new JsonArray(e.Category.ToContractName(), e.Start, e.End)).ToArray()),
                ["pseudonymised"] = pseudonymizer.Pseudonymize(text, analysis).Text,
            };
            writer.WriteLine(dump.ToJsonString());
        }
        return 0;
    }

    public static int Run(string corpusPath, string outputPath, bool quiet = false)
    {
        var detector = new PiiDetector();
        var documents = File.ReadLines(corpusPath)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonNode.Parse(l)!)
            .Select(n => (Id: (string)n["id"]!, Text: (string)n["text"]!))
            .ToList();
        detector.Analyze(documents[0].Text);
        var stopwatch = Stopwatch.StartNew();
        var analyses = documents.Select(d => detector.Analyze(d.Text)).ToList();
        stopwatch.Stop();
        using (var writer = new StreamWriter(outputPath))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var prediction = new JsonObject
                {
                    ["id"] = documents[i].Id,
                    ["entities"] = new JsonArray(analyses[i].Entities
                        .Select(e => (JsonNode)new JsonObject
                        {
                            ["category"] = e.Category.ToContractName(),
                            ["start"] = e.Start,
                            ["end"] = e.End,
                        }).ToArray()),
                    ["specialCategories"] = new JsonArray(analyses[i].SpecialCategories
                        .Select(c => (JsonNode)JsonValue.Create(c.ToContractName())).ToArray()),
                };
                writer.WriteLine(prediction.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            }
        }
        if (quiet)
        {
            return 0;
        }
        var bytes = documents.Sum(d => d.Text.Length * 2L);
        Console.Error.WriteLine($"{documents.Count} documents, {bytes / 1024.0:F0} KiB (UTF-16), {stopwatch.Elapsed.TotalMilliseconds:F1} ms, {bytes / 1e6 / stopwatch.Elapsed.TotalSeconds:F1} MB/s (single pass, JIT warm for one document)");
        return 0;
    }
}
