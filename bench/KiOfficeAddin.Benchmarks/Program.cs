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

if (args is ["profile", var profiled, ..] && args.Length <= 3)
{
    return PredictionWriter.Profile(profiled, args.Length == 3 ? args[2] : null);
}

if (args is ["analyze", var text])
{
    return PredictionWriter.Print(text);
}

// Each suite is a class in its feature folder; pick with --filter (see bench/README.md).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
