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
    /// Untimed calls first. A compiler server compiles the same project build after build, its code
    /// long since optimised by the JIT; a compilation measured after one warm-up still pays for tiering
    /// Roslyn's code paths that only the generated code reaches, which inflates the "extra" two to
    /// three times. The measured calls are the steady state a developer's builds see.
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
