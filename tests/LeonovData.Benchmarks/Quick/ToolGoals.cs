using System.Diagnostics;
using LeonovData.Synthetic;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// Issue 10's goal: <c>leo check</c> over 1,000 documents × 10 facts in at most 1 s of wall time,
/// process start included, run as a user runs it (<c>dotnet leo.dll check</c> in the corpus folder).
/// The baseline beside it is the same process doing no work (<c>--version</c>): what start-up costs.
/// </summary>
internal sealed class ToolGoals : IGoalMeasurement
{
    public int Order => 40;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "LeonovData.Tool.dll");
        var folder = Path.Combine(Path.GetTempPath(), "leonovdata-tool-goal-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            SyntheticCorpus.WriteTo(folder, documents: 1_000, factsPerDocument: 10);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "seeds", "leonov.leoschema"), Path.Combine(folder, "leonov.leoschema"));
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n");

            var exit = Leo(tool, folder, "check", "-q");
            log.WriteLine($"  leo check, 1,000 docs × 10: exit code {exit} (0: no error)");
            var start = Clock.MedianMs(7, () => Leo(tool, folder, "--version"));
            var check = Clock.MedianMs(7, () => Leo(tool, folder, "check", "-q"));
            yield return new Goal("leo check, 1,000 docs × 10, wall time incl. process start", check, start, "the same process printing --version", 1_000, "ms");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Leo(string tool, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
