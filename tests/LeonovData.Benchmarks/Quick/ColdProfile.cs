using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// Not a goal: what garbage collection makes of a cold run, on both synthetic corpora. The driver
/// keeps every step's output between runs, so what a cold run leaves alive is copied by each
/// collection it survives; what it allocates and drops decides how many collections there are.
/// Prints, per cold run (the median of several): the time, the collections of each generation, the
/// time the runtime was paused for them, what was allocated and what the driver keeps afterwards.
/// </summary>
internal sealed class ColdProfile : IGoalMeasurement
{
    private const int Runs = 7;

    public int Order => 92;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        foreach (var (documents, facts) in new[] { (1_000, 10), (100, 1_000) })
        {
            var inputs = new SyntheticInputs(documents, facts);
            var compilation = GeneratorCompilation.Create(files: 1);
            GeneratorGoals.Driver(inputs).RunGenerators(compilation);
            var rows = new List<(double Ms, int Gen0, int Gen1, int Gen2, double PauseMs, long Allocated)>();
            for (var run = 0; run < Runs; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var pause = GC.GetTotalPauseDuration();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                GeneratorGoals.Driver(inputs).RunGenerators(compilation);
                var ms = clock.Elapsed.TotalMilliseconds;
                rows.Add((ms, GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2,
                    (GC.GetTotalPauseDuration() - pause).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated));
            }

            var median = rows.OrderBy(static r => r.Ms).ElementAt(Runs / 2);
            var kept = Retained(inputs, compilation);
            log.WriteLine($"  {documents:N0} × {facts:N0}: cold run {median.Ms:0} ms (median of {Runs}; fastest {rows.Min(static r => r.Ms):0}), " +
                $"collections gen0 {median.Gen0} gen1 {median.Gen1} gen2 {median.Gen2}, paused {median.PauseMs:0} ms, " +
                $"allocated {median.Allocated / 1e6:0.0} MB, the driver keeps {kept / 1e6:0.0} MB");
        }

        return Array.Empty<Goal>();
    }

    /// <summary>The heap a driver after a cold run holds beyond what was alive before it.</summary>
    private static long Retained(SyntheticInputs inputs, Compilation compilation)
    {
        var before = Live();
        var driver = GeneratorGoals.Driver(inputs).RunGenerators(compilation);
        var after = Live();
        GC.KeepAlive(driver);
        return after - before;
    }

    private static long Live()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
