using System.Diagnostics;

namespace LeonovData.Benchmarks;

/// <summary>
/// Runs this benchmark again as a child process with a flag of its own, for measurements that need a
/// process of their own: its runtime's settings (tiering, the garbage collector's budgets) or a heap
/// that holds nothing but what is measured.
/// </summary>
internal static class ChildProcess
{
    /// <summary>Runs the child to its end; its standard output. Throws if it fails.</summary>
    public static string Run(string flag, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        // Run as the benchmark was started: its own executable, or `dotnet` with its assembly.
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        start.ArgumentList.Add(flag);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the child process ({flag}) exited with {process.ExitCode}: {output}");
        }

        return output;
    }
}
