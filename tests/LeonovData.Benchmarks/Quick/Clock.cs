using System.Diagnostics;

namespace LeonovData.Benchmarks.Quick;

/// <summary>Stopwatch timing for the quick mode: warm up, then take the median of several runs.</summary>
internal static class Clock
{
    /// <summary>The median time of <paramref name="runs"/> calls, in milliseconds, after one call to warm up.</summary>
    public static double MedianMs(int runs, Action action)
    {
        action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }

    /// <summary>
    /// The median time of calls that each need fresh state: <paramref name="prepare"/> is not timed.
    /// </summary>
    public static double MedianMs<T>(int runs, Func<T> prepare, Action<T> action)
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
        return times[runs / 2];
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
