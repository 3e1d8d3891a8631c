using System.Diagnostics;

namespace LeonovData.Benchmarks.Consumer;

/// <summary>
/// Processor time of the benchmark process around a call, rather than wall time: on a machine shared
/// with other builds (two cores, load average above 40 while these figures were taken) wall time
/// mostly measures waiting for a core. Compilations run with ConcurrentBuild off, so the call's work
/// is on the calling thread; JIT and GC threads add a little, to both sides of a comparison.
/// </summary>
internal static class CpuClock
{
    /// <param name="warmups">
    /// Untimed calls first. A compile still pays for the JIT tiering Roslyn's code paths that only the
    /// generated files reach for dozens of compiles, so the consumer's compile is measured after a
    /// warm-up that runs until it stops getting faster (<see cref="CompilerProcess"/>).
    /// </param>
    public static double MedianMs(int runs, Action action, int warmups = 1)
    {
        for (var i = 0; i < warmups; i++)
        {
            action();
        }

        var times = new double[runs];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            action();
            process.Refresh();
            times[i] = (process.TotalProcessorTime - before).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }
}
