using System.Diagnostics;
using System.Globalization;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// Not a goal: what the first cold runs of a fresh process cost, while the runtime still compiles
/// the generator's code tier by tier, in the background, on the same two cores. The 1,000 × 10
/// cold-run goal is timed after 20 warm-up runs, as a compiler server that has built a few times
/// runs it; a compiler server also runs with server garbage collection (the SDK's
/// <c>VBCSCompiler.runtimeconfig.json</c> sets <c>System.GC.Server</c>). Each configuration runs in
/// a fresh process of its own and prints every cold run in order (each after a full collection, as
/// the goal's are): the first, the fastest of runs 2–10 (what the goal timed before the eighth
/// round) and the fastest of runs 21–30 (where the goal times them now). Where the package has a ReadyToRun
/// image of the generator for this platform (GeneratorImage.targets copies it to generator-image/),
/// each configuration runs twice, alternately with the IL generator (the benchmarks' own, which the
/// compiler server runs) and with the image (a copy of the benchmarks with the image in its place,
/// which the command-line compiler runs).
/// </summary>
internal sealed class ColdStart : IGoalMeasurement
{
    private const string Child = "LEONOV_COLD_START_RUNS";
    private const int Runs = 30;

    public int Order => 93;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        if (Environment.GetEnvironmentVariable(Child) is not null)
        {
            log.WriteLine("runs " + string.Join(" ", RunsInOrder().Select(static ms => ms.ToString("0", CultureInfo.InvariantCulture))));
            return Array.Empty<Goal>();
        }

        var configurations = new (string Name, string? Variable, string? Value)[]
        {
            ("as the goal (workstation GC, tiered JIT)", null, null),
            ("server GC, as the compiler server", "DOTNET_gcServer", "1"),
            ("tiered JIT off (every method optimised on first use)", "DOTNET_TieredCompilation", "0"),
        };
        using var generators = GeneratorBuilds.Find();
        for (var index = 0; index < configurations.Length; index++)
        {
            var (name, variable, value) = configurations[index];
            // Alternately: the image first, then the IL first, so that neither always runs on a
            // machine the other has just warmed (file cache, CPU frequency).
            foreach (var (generator, directory) in index % 2 == 0 ? generators.Builds : generators.Builds.Reverse())
            {
                var runs = RunChild(directory, variable, value);
                log.WriteLine($"  1,000 × 10, {name}, {generator}: first run {runs[0]:0} ms, fastest of runs 2–10 {runs.Skip(1).Take(9).Min():0} ms, " +
                    $"of runs 21–30 {runs.Skip(20).Min():0} ms; in order: {string.Join(" ", runs.Select(static ms => ms.ToString("0", CultureInfo.InvariantCulture)))}");
            }
        }

        return Array.Empty<Goal>();
    }

    private static List<double> RunsInOrder()
    {
        var inputs = new SyntheticInputs(1_000, 10);
        var compilation = GeneratorCompilation.Create(files: 1);
        var times = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            GeneratorGoals.Driver(inputs).RunGenerators(compilation);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    /// <summary>Runs the benchmarks in <paramref name="directory"/> (this one or a copy) as this process was started.</summary>
    private static List<double> RunChild(string directory, string? variable, string? value)
    {
        // Its own executable, or `dotnet` with its assembly.
        var self = Environment.ProcessPath!;
        var viaDotnet = Path.GetFileNameWithoutExtension(self) == "dotnet";
        var start = new ProcessStartInfo(viaDotnet ? self : Path.Combine(directory, Path.GetFileName(self))) { RedirectStandardOutput = true, UseShellExecute = false };
        if (viaDotnet)
        {
            start.ArgumentList.Add(Path.Combine(directory, Path.GetFileName(typeof(ColdStart).Assembly.Location)));
        }

        foreach (var argument in new[] { "--quick", "--only", nameof(ColdStart) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[Child] = "1";
        if (variable is not null)
        {
            start.Environment[variable] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(static l => l.StartsWith("runs ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the cold-start process exited with {process.ExitCode}: {output}");
        return line["runs ".Length..].Trim().Split(' ').Select(static t => double.Parse(t, CultureInfo.InvariantCulture)).ToList();
    }
}

/// <summary>
/// The generator builds ColdStart compares: the benchmarks' own (the IL generator) and, where
/// GeneratorImage.targets put one in generator-image/, the ReadyToRun image, run from a temporary
/// copy of the benchmarks in which the image replaces the IL: the runtime loads the generator its
/// application folder lists, so the copy is what a child process needs.
/// </summary>
internal sealed class GeneratorBuilds : IDisposable
{
    private const string Assembly = "LeonovData.Generator.dll";
    private readonly string? _copy;

    private GeneratorBuilds(IReadOnlyList<(string Name, string Directory)> builds, string? copy)
    {
        Builds = builds;
        _copy = copy;
    }

    public IReadOnlyList<(string Name, string Directory)> Builds { get; }

    public static GeneratorBuilds Find()
    {
        var here = AppContext.BaseDirectory;
        var image = Path.Combine(here, "generator-image", Assembly);
        if (!File.Exists(image))
        {
            return new GeneratorBuilds([("IL generator", here)], null);
        }

        var copy = Path.Combine(Path.GetTempPath(), $"leonov-cold-start-image-{Environment.ProcessId}");
        foreach (var file in Directory.EnumerateFiles(here, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(here, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        File.Copy(image, Path.Combine(copy, Assembly), overwrite: true);
        return new GeneratorBuilds([("IL generator", here), ("ReadyToRun image", copy)], copy);
    }

    public void Dispose()
    {
        if (_copy is not null)
        {
            Directory.Delete(_copy, recursive: true);
        }
    }
}
