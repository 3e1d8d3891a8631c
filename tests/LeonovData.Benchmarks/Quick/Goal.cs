namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// One target of issue 7, measured: what was measured, the baseline measured beside it in the same
/// run, and the limit it must stay within (same unit as the measurement). A goal is met when the
/// measurement is at most the limit; a ratio goal computes its limit from its baseline.
/// </summary>
/// <param name="Name">What was measured, as the table prints it.</param>
/// <param name="Measured">The measurement, in <paramref name="Unit"/>.</param>
/// <param name="Baseline">The baseline measured in the same run, in the same unit.</param>
/// <param name="BaselineName">What the baseline is ("line splitter over the same text").</param>
/// <param name="Limit">The largest measurement that meets the goal.</param>
/// <param name="Unit">"ms", "MB", "×"…</param>
internal sealed record Goal(string Name, double Measured, double Baseline, string BaselineName, double Limit, string Unit)
{
    public bool IsMet => Measured <= Limit;

    public double Ratio => Baseline > 0 ? Measured / Baseline : double.NaN;
}

/// <summary>
/// A group of goals measured together (they share a corpus or a compilation). The quick runner finds
/// every implementation in this assembly, so adding a measurement is adding one class.
/// </summary>
internal interface IGoalMeasurement
{
    /// <summary>Orders the groups in the report; lower first.</summary>
    int Order { get; }

    /// <summary>Measures and returns the group's goals; progress lines go to <paramref name="log"/>.</summary>
    IEnumerable<Goal> Measure(TextWriter log);
}
