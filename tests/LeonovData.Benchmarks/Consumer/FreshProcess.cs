using System.Diagnostics;
using System.Globalization;

namespace LeonovData.Benchmarks.Consumer;

/// <summary>
/// A compiled consumer program in a folder of its own, as `dotnet build` leaves it: Consumer.dll, its
/// runtimeconfig for this machine's runtime, and the files it reads beside it. Each run is a fresh
/// process, which prints the milliseconds it measured inside itself (from the start of Main) on its
/// last line: wall time, then, if it measured it, the process's processor time.
/// </summary>
internal sealed class FreshProcess : IDisposable
{
    /// <summary>
    /// The first lines of a timed Main: the process's processor time so far, then a stopwatch. The
    /// processor time is the steadier figure on a loaded machine; it counts every thread (the JIT's
    /// background compiles, the garbage collector's). Its first read loads what it needs before the
    /// stopwatch starts.
    /// </summary>
    public const string StartClock = "var process = System.Diagnostics.Process.GetCurrentProcess();\nvar processor = process.TotalProcessorTime;\nvar clock = System.Diagnostics.Stopwatch.StartNew();\n";

    /// <summary>The last lines of a timed Main, before its return: prints wall and processor milliseconds since <see cref="StartClock"/>.</summary>
    public const string PrintClock = "var elapsed = clock.Elapsed.TotalMilliseconds;\nprocess.Refresh();\nSystem.Console.WriteLine(elapsed.ToString(System.Globalization.CultureInfo.InvariantCulture) + \" \" + (process.TotalProcessorTime - processor).TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));\n";

    private readonly string _folder;

    public FreshProcess(byte[] image, IReadOnlyDictionary<string, byte[]>? files = null)
    {
        _folder = Path.Combine(Path.GetTempPath(), "leonovdata-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "Consumer.dll"), image);
        foreach (var (name, content) in files ?? new Dictionary<string, byte[]>())
        {
            File.WriteAllBytes(Path.Combine(_folder, name), content);
        }

        var version = Environment.Version;
        File.WriteAllText(
            Path.Combine(_folder, "Consumer.runtimeconfig.json"),
            "{\"runtimeOptions\": {\"tfm\": \"net" + version.Major + ".0\", \"framework\": {\"name\": \"Microsoft.NETCore.App\", \"version\": \"" + version + "\"}}}");
    }

    /// <summary>A program that reads data with LeonovData.Runtime: the package's image for this machine beside it, as a build copies it.</summary>
    public static FreshProcess WithRuntime(byte[] image) =>
        new(image, new Dictionary<string, byte[]> { ["LeonovData.Runtime.dll"] = File.ReadAllBytes(RuntimeAssembly.ImagePath) });

    /// <summary>Copies the program's folder to <paramref name="folder"/>, to be run from there (`dotnet Consumer.dll`).</summary>
    public void CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Runs the program once; the wall milliseconds it printed last.</summary>
    public double Run() => Timed().Wall;

    /// <summary>Runs the program once; the wall and processor milliseconds it printed last (processor: NaN if it printed none).</summary>
    public (double Wall, double Processor) Timed()
    {
        var start = new ProcessStartInfo("dotnet", "Consumer.dll") { WorkingDirectory = _folder, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the consumer exited with {process.ExitCode}: {output}");
        }

        var times = output.Trim().Split('\n')[^1].Split(' ');
        return (double.Parse(times[0], CultureInfo.InvariantCulture), times.Length > 1 ? double.Parse(times[1], CultureInfo.InvariantCulture) : double.NaN);
    }

    /// <summary>The median of <paramref name="runs"/> runs.</summary>
    public double MedianMs(int runs) => Median(Enumerable.Range(0, runs).Select(_ => Run()));

    public static double Median(IEnumerable<double> times)
    {
        var sorted = times.OrderBy(static t => t).ToList();
        return sorted[sorted.Count / 2];
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
