using BenchmarkDotNet.Running;
using KiOfficeAddin.Benchmarks.Pii;

// `score CORPUS OUT` writes detector predictions for shared/corpus/score.py (see bench/README.md, "PII detection").
if (args is ["score", var corpus, var output])
{
    return PredictionWriter.Run(corpus, output);
}

// `dump CORPUS OUT` writes everything the detector decides, for bench/pii-equivalence.sh.
if (args is ["dump", var dumped, var dumpOutput])
{
    return PredictionWriter.Dump(dumped, dumpOutput);
}

// `equivalence INPUTS OUTPUTS` writes both of the above for every *.jsonl in INPUTS, in one process (pii-equivalence.sh).
if (args is ["equivalence", var inputs, var outputs])
{
    foreach (var input in Directory.GetFiles(inputs, "*.jsonl").Order(StringComparer.Ordinal))
    {
        var name = Path.GetFileNameWithoutExtension(input);
        var failed = PredictionWriter.Run(input, Path.Combine(outputs, name + ".score.jsonl"), quiet: true)
            | PredictionWriter.Dump(input, Path.Combine(outputs, name + ".dump.jsonl"));
        if (failed != 0)
        {
            return failed;
        }
    }
    return 0;
}

if (args is ["profile", var profiled, ..] && args.Length <= 3)
{
    return PredictionWriter.Profile(profiled, args.Length == 3 ? args[2] : null);
}

// `stages CORPUS [CALLS]` times each stage of the detector inside whole analyses (see StagesInPass).
if (args is ["stages", var staged, ..] && args.Length <= 3)
{
    return StagesInPass.Run(staged, args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
}

// `pair CORPUS DIR_A DIR_B STAGE [CALLS]` compares two builds of the detector in one process (see PairedBuilds).
if (args is ["pair", var paired, var directoryA, var directoryB, var pairedStage, ..] && args.Length <= 6)
{
    return PairedBuilds.Run(paired, directoryA, directoryB, pairedStage, args.Length == 6 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 200);
}

if (args is ["analyze", var text])
{
    return PredictionWriter.Print(text);
}

// Each suite is a class in its feature folder; pick with --filter (see bench/README.md).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
