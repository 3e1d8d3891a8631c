// Runs the benchmarks: dotnet run -c Release --project tests/LeonovData.Benchmarks [-- --filter *Parser*]
// Results are ratios against the baseline of each class, measured in the same process.
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(LeonovData.Benchmarks.ParserBenchmarks).Assembly).Run(args);
