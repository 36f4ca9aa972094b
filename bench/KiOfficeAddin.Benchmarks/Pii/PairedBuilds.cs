using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Nodes;

namespace KiOfficeAddin.Benchmarks.Pii;

/// <summary>
/// <c>pair CORPUS DIR_A DIR_B STAGE [CALLS]</c>: the detector of two builds (their output folders, each holding a
/// KiOfficeAddin.Guardrails.dll) loaded side by side in one process, every document run by both in turn, and each
/// document's fastest of CALLS calls summed per build. On a machine shared with other work, two processes run one after
/// the other meet different loads (the figures of one build drift by 5 % between runs); here both builds meet the same
/// moments, so their ratio holds to about 1 % (an A/A pair reads 1.00). STAGE: all, tokenize, cues (tokens, word classes
/// and cue rows), names (cues and the name rules), identities (names and PersonIdentities.Resolve), or one recognizer
/// alone: contact, identifiers, keywords, tables, addresses, special.
/// </summary>
internal static class PairedBuilds
{
    public static int Run(string corpusPath, string directoryA, string directoryB, string stage, int calls)
    {
        var documents = File.ReadLines(corpusPath).Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => (string)JsonNode.Parse(l)!["text"]!).ToList();
        var a = Stage(directoryA, stage);
        var b = Stage(directoryB, stage);
        // Warm both until the JIT's last tier is in place: six seconds at least, then until the JIT is quiet.
        JitQuietWarmUp.Run(() =>
        {
            documents.ForEach(a);
            documents.ForEach(b);
        }, minimumMilliseconds: 6000);
        var fastestA = Enumerable.Repeat(long.MaxValue, documents.Count).ToArray();
        var fastestB = Enumerable.Repeat(long.MaxValue, documents.Count).ToArray();
        for (var call = 0; call < calls; call++)
        {
            for (var d = 0; d < documents.Count; d++)
            {
                // Which build goes first alternates, so neither always finds the caches as the other left them.
                var aFirst = (call + d) % 2 == 0;
                Time(aFirst ? a : b, documents[d], aFirst ? fastestA : fastestB, d);
                Time(aFirst ? b : a, documents[d], aFirst ? fastestB : fastestA, d);
            }
        }
        var msA = fastestA.Sum() * 1000.0 / Stopwatch.Frequency;
        var msB = fastestB.Sum() * 1000.0 / Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage}: A {msA:F3} ms, B {msB:F3} ms per corpus pass (each document's fastest of {calls} calls, summed); B/A {msB / msA:F3}"));
        return 0;
    }

    private static void Time(Action<string> run, string document, long[] fastest, int index)
    {
        var start = Stopwatch.GetTimestamp();
        run(document);
        fastest[index] = Math.Min(fastest[index], Stopwatch.GetTimestamp() - start);
    }

    private static Action<string> Stage(string directory, string stage)
    {
        var guardrails = new BuildContext(directory).LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(directory, "KiOfficeAddin.Guardrails.dll")));
        Type Pii(string name) => guardrails.GetType("KiOfficeAddin.Guardrails.Pii." + name, throwOnError: true)!;
        if (stage == "all")
        {
            var detector = Activator.CreateInstance(Pii("PiiDetector"))!;
            var analyze = Pii("PiiDetector").GetMethod("Analyze", [typeof(string)])!.CreateDelegate<Func<string, object>>(detector);
            return t => analyze(t);
        }
        // A recognizer of the other areas alone, as the profile mode's stage of the same name runs it (a new list per call).
        if (RecognizerStages.TryGetValue(stage, out var recognizerType))
        {
            return RecognizerFind(Pii(recognizerType));
        }
        // The name stages are internal: reached by reflection, at the same cost in both builds.
        var tokenize = Pii("Names.WordTokenizer").GetMethod("Tokenize", BindingFlags.Static | BindingFlags.Public, [typeof(string)])!
            .CreateDelegate<Func<string, IDisposable>>();
        var recognizer = Pii("Names.NameRecognizer").GetConstructors().Single();
        var findByCues = Pii("Names.NameRecognizer").GetMethod("FindByCues")!;
        var mentions = Pii("Names.NameRecognizer").GetProperty("Mentions")!;
        var resolve = Pii("Names.PersonIdentities").GetMethod("Resolve", BindingFlags.Static | BindingFlags.Public)!;
        var candidateList = typeof(List<>).MakeGenericType(Pii("Text.Candidate"));
        return stage switch
        {
            "tokenize" => t => tokenize(t).Dispose(),
            "cues" => t =>
            {
                using var tokens = tokenize(t);
                recognizer.Invoke([t, tokens]);
            },
            "names" => t =>
            {
                using var tokens = tokenize(t);
                findByCues.Invoke(recognizer.Invoke([t, tokens]), null);
            },
            // The name rules and the identity keys of what they found (PersonIdentities.Resolve into a new list per call).
            "identities" => t =>
            {
                using var tokens = tokenize(t);
                var names = recognizer.Invoke([t, tokens]);
                findByCues.Invoke(names, null);
                resolve.Invoke(null, [t, tokens, mentions.GetValue(names), Activator.CreateInstance(candidateList)]);
            },
            _ => throw new ArgumentException($"Unknown stage {stage}: all, tokenize, cues, names, identities, {string.Join(", ", RecognizerStages.Keys)}.", nameof(stage)),
        };
    }

    // The stages of one recognizer each: their static Find(string, List<…>) with a new list per call.
    private static readonly Dictionary<string, string> RecognizerStages = new()
    {
        ["contact"] = "Contact.ContactRecognizer",
        ["identifiers"] = "Identifiers.IdentifierRecognizer",
        ["keywords"] = "Identifiers.KeywordValueRecognizer",
        ["tables"] = "Identifiers.TableColumnRecognizer",
        ["addresses"] = "Addresses.AddressRecognizer",
        ["special"] = "SpecialCategories.SpecialCategoryRecognizer",
    };

    /// <summary>
    /// The recognizer's <c>Find(string, List&lt;T&gt;)</c> as a compiled call (an expression tree, so no reflection
    /// invocation per call), with a new list per call.
    /// </summary>
    private static Action<string> RecognizerFind(Type recognizer)
    {
        var find = recognizer.GetMethods(BindingFlags.Static | BindingFlags.Public)
            .Single(m => m.Name == "Find" && m.GetParameters() is [var p, var l] && p.ParameterType == typeof(string)
                         && l.ParameterType.IsGenericType && l.ParameterType.GetGenericTypeDefinition() == typeof(List<>));
        var text = Expression.Parameter(typeof(string), "text");
        var call = Expression.Call(find, text, Expression.New(find.GetParameters()[1].ParameterType));
        return Expression.Lambda<Action<string>>(call, text).Compile();
    }

    /// <summary>Loads the build's own assemblies (and its copies of the libraries it uses) beside the other build's.</summary>
    private sealed class BuildContext(string directory) : AssemblyLoadContext
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.GetFullPath(Path.Combine(directory, assemblyName.Name + ".dll"));
            // The runtime's assemblies are not in a build folder: both builds share them.
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
