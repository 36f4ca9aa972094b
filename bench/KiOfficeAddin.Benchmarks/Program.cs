using BenchmarkDotNet.Running;

// Each suite is a class in its feature folder; pick with --filter (see bench/README.md).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
