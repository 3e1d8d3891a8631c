using System.Globalization;
using System.Reflection;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// The quick mode (<c>--quick</c>): every goal of issue 7, each beside its baseline, in a few
/// minutes on two cores. The fastest of several runs (<see cref="Clock"/>), not BenchmarkDotNet's
/// statistics: enough to tell a met goal from a missed one; the full mode gives precise figures.
/// </summary>
internal static class QuickRunner
{
    /// <param name="only">When set, only the measurements whose class name contains it (for working on one goal).</param>
    /// <param name="realBuilds">Runs the measurements that pack the package and build real projects (<c>--acceptance</c>) instead of the quick ones.</param>
    public static int Run(TextWriter output, string? only = null, bool realBuilds = false)
    {
        var measurements = typeof(QuickRunner).Assembly.GetTypes()
            .Where(static t => typeof(IGoalMeasurement).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Where(t => typeof(Acceptance.IRealBuilds).IsAssignableFrom(t) == realBuilds)
            .Where(t => only is null || t.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            .Select(static t => (IGoalMeasurement)Activator.CreateInstance(t)!)
            .OrderBy(static m => m.Order)
            .ThenBy(static m => m.GetType().Name, StringComparer.Ordinal)
            .ToList();

        var goals = new List<Goal>();
        foreach (var measurement in measurements)
        {
            output.WriteLine($"# {measurement.GetType().Name}");
            foreach (var goal in measurement.Measure(output))
            {
                goals.Add(goal);
                output.WriteLine(Row(goal));
            }
        }

        output.WriteLine();
        output.WriteLine("| goal | measured | baseline | ratio | limit | met |");
        output.WriteLine("|---|---:|---|---:|---:|---|");
        foreach (var goal in goals)
        {
            output.WriteLine($"| {goal.Name} | {Format(goal.Measured)} {goal.Unit} | {Format(goal.Baseline)} {goal.Unit} ({goal.BaselineName}) | {Format(goal.Ratio)}× | ≤ {Format(goal.Limit)} {goal.Unit} | {(goal.IsMet ? "yes" : "no")} |");
        }

        output.WriteLine();
        output.WriteLine($"goals met: {goals.Count(static g => g.IsMet)}/{goals.Count}");
        return 0;
    }

    private static string Row(Goal goal) =>
        $"  {goal.Name}: {Format(goal.Measured)} {goal.Unit} (limit {Format(goal.Limit)}; baseline {Format(goal.Baseline)} {goal.Unit}, {goal.BaselineName}) {(goal.IsMet ? "met" : "MISSED")}";

    private static string Format(double value) =>
        double.IsNaN(value) ? "—" : value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
