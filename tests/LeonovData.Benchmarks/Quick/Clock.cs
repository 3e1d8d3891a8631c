using System.Diagnostics;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// Timing for the quick mode: warm up, then take the fastest of several runs. On a machine shared
/// by other builds every run is slowed by the neighbours by a different amount; the fastest run is
/// the one they disturbed least, the closest to what it costs on a machine of its own. The median is
/// kept for the log.
/// </summary>
internal static class Clock
{
    /// <summary>The median of the last measurement, for the log.</summary>
    public static double LastMedianMs { get; private set; }

    /// <summary>The fastest of <paramref name="runs"/> calls, in milliseconds, after one call to warm up.</summary>
    public static double FastestMs(int runs, Action action) => FastestMs(runs, static () => 0, _ => action());

    /// <summary>The fastest of calls that each need fresh state: <paramref name="prepare"/> is not timed.</summary>
    public static double FastestMs<T>(int runs, Func<T> prepare, Action<T> action)
    {
        action(prepare());
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var state = prepare();
            var clock = Stopwatch.StartNew();
            action(state);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        LastMedianMs = times[runs / 2];
        return times[0];
    }

    /// <summary>The median of <paramref name="runs"/> calls, in milliseconds, after one call to warm up.</summary>
    public static double MedianMs(int runs, Action action)
    {
        FastestMs(runs, action);
        return LastMedianMs;
    }

    /// <summary>The median of calls that each need fresh state: <paramref name="prepare"/> is not timed.</summary>
    public static double MedianMs<T>(int runs, Func<T> prepare, Action<T> action)
    {
        FastestMs(runs, prepare, action);
        return LastMedianMs;
    }

    /// <summary>Bytes allocated on every thread while <paramref name="action"/> ran.</summary>
    public static long AllocatedBytes(Action action)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }
}
