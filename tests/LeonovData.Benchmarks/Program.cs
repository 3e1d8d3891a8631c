// Runs the benchmarks:
//   dotnet run -c Release --project tests/LeonovData.Benchmarks -- --quick
//     every goal of issue 7 beside its baseline, in minutes; the last line reads "goals met: N/M"
//     (add --only CSharpEdit to run the measurements whose class name contains it)
//   dotnet run -c Release --project tests/LeonovData.Benchmarks -- --acceptance
//     issue 7's acceptance with the packed package and real dotnet builds (a few minutes more)
//   dotnet run -c Release --project tests/LeonovData.Benchmarks [-- --filter *Parser*]
//     BenchmarkDotNet: ratios against the baseline of each class, measured in the same process.
using BenchmarkDotNet.Running;
using LeonovData.Benchmarks.Quick;

if (args.Length > 0 && args[0] == LeonovData.Benchmarks.Consumer.CompilerProcess.Flag)
{
    return LeonovData.Benchmarks.Consumer.CompilerProcess.Run(args[1..]);
}

if (args.Length > 0 && args[0] == PeakHeap.Flag)
{
    return PeakHeap.Run(args[1..]);
}

if (args.Contains("--quick") || args.Contains("--acceptance"))
{
    var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    return QuickRunner.Run(Console.Out, only, realBuilds: args.Contains("--acceptance"));
}

BenchmarkSwitcher.FromAssembly(typeof(LeonovData.Benchmarks.ParserBenchmarks).Assembly).Run(args);
return 0;
