using System.Diagnostics;
using System.Globalization;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// Not a goal: why the 1,000 × 10 cold-run goal measures more than a cold run costs. The goal times
/// its runs at the start of the benchmark process (one warm-up, then the fastest of nine), when the
/// generator's code is still being compiled tier by tier, in the background, on the same two cores.
/// A compiler server compiles the generator once and runs it build after build, and it runs with
/// server garbage collection (the SDK's <c>VBCSCompiler.runtimeconfig.json</c> sets
/// <c>System.GC.Server</c>). Each configuration runs in a fresh process of its own and prints every
/// cold run in order (each after a full collection, as the goal's are), the goal's figure (the
/// fastest of runs 2–10) and the fastest of the runs after them.
/// </summary>
internal sealed class ColdStart : IGoalMeasurement
{
    private const string Child = "LEONOV_COLD_START_RUNS";
    private const int Runs = 30;

    public int Order => 93;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        if (Environment.GetEnvironmentVariable(Child) is not null)
        {
            log.WriteLine("runs " + string.Join(" ", RunsInOrder().Select(static ms => ms.ToString("0", CultureInfo.InvariantCulture))));
            return Array.Empty<Goal>();
        }

        var configurations = new (string Name, string? Variable, string? Value)[]
        {
            ("as the goal (workstation GC, tiered JIT)", null, null),
            ("server GC, as the compiler server", "DOTNET_gcServer", "1"),
            ("tiered JIT off (every method optimised on first use)", "DOTNET_TieredCompilation", "0"),
        };
        foreach (var (name, variable, value) in configurations)
        {
            var runs = RunChild(variable, value);
            log.WriteLine($"  1,000 × 10, {name}: goal's figure {runs.Skip(1).Take(9).Min():0} ms, " +
                $"fastest after it {runs.Skip(10).Min():0} ms; in order: {string.Join(" ", runs.Select(static ms => ms.ToString("0", CultureInfo.InvariantCulture)))}");
        }

        return Array.Empty<Goal>();
    }

    private static List<double> RunsInOrder()
    {
        var inputs = new SyntheticInputs(1_000, 10);
        var compilation = GeneratorCompilation.Create(files: 1);
        var times = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            GeneratorGoals.Driver(inputs).RunGenerators(compilation);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static List<double> RunChild(string? variable, string? value)
    {
        // Run as the benchmark was started: its own executable, or `dotnet` with its assembly.
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        }

        foreach (var argument in new[] { "--quick", "--only", nameof(ColdStart) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[Child] = "1";
        if (variable is not null)
        {
            start.Environment[variable] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(static l => l.StartsWith("runs ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the cold-start process exited with {process.ExitCode}: {output}");
        return line["runs ".Length..].Trim().Split(' ').Select(static t => double.Parse(t, CultureInfo.InvariantCulture)).ToList();
    }
}
