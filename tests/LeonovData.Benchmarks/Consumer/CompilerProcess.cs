using System.Globalization;

namespace LeonovData.Benchmarks.Consumer;

/// <summary>
/// What generated files add to a consumer's compile, measured in a process of its own that stays warm,
/// as the compiler server that builds a developer's projects does.
/// </summary>
/// <remarks>
/// Two things made the same measurement inside the benchmark process read several times too high.
/// The compiler's code that only the generated files reach (u8 literals, lambdas, large classes)
/// was still being compiled and re-compiled by the JIT's tiers after twenty warm-up compiles: the
/// Leonov consumer's extra fell from about 310 to about 90 ms over the next fifty, while the program
/// without the package, which reaches little of it, was warm from the start. And the benchmark's
/// own heap (the generator drivers of every corpus, hundreds of megabytes) made each garbage
/// collection during a compile dearer. The compiler server keeps neither: its Roslyn is precompiled
/// and long since tiered up, and it holds only the builds it serves. So a child process compiles the
/// program without the package and the Leonov consumer by turns until the Leonov compile stops
/// getting faster, then measures every consumer; the log shows the warm-up curve.
/// </remarks>
internal static class CompilerProcess
{
    public const string Flag = "--compiler";
    private const string Hello = "System.Console.WriteLine(args.Length);\nreturn 0;";

    /// <summary>The acceptance's app: it reads the data, so it binds to the precompiled corpus's types.</summary>
    internal const string LeonovApp = "System.Console.WriteLine(LeonovData.People.AlexeiLeonov.Born);\nreturn 0;";

    /// <summary>A consumer given as a precompiled corpus (a folder holding this file) rather than as generated files.</summary>
    internal const string PrecompiledFile = "LeonovData.LeonovCorpus.dll";

    /// <summary>
    /// The extra processor time, in ms, of compiling each consumer; the first is the one warmed on. With
    /// <paramref name="precompiled"/>, one more consumer comes last: <see cref="LeonovApp"/> compiled
    /// against that image of the corpus, with the generator run over no document.
    /// </summary>
    public static (double Baseline, IReadOnlyList<double> Extra) Measure(IReadOnlyList<IReadOnlyList<string>> consumers, TextWriter log, byte[]? precompiled = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "leonovdata-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var folders = new List<string>();
            for (var c = 0; c < consumers.Count; c++)
            {
                var sources = Path.Combine(folder, c.ToString(CultureInfo.InvariantCulture));
                Directory.CreateDirectory(sources);
                for (var f = 0; f < consumers[c].Count; f++)
                {
                    File.WriteAllText(Path.Combine(sources, f.ToString("D3", CultureInfo.InvariantCulture) + ".g.cs"), consumers[c][f]);
                }

                folders.Add(sources);
            }

            if (precompiled is not null)
            {
                var image = Path.Combine(folder, "precompiled");
                Directory.CreateDirectory(image);
                File.WriteAllBytes(Path.Combine(image, PrecompiledFile), precompiled);
                folders.Add(image);
            }

            var output = RunChild(folders);
            var baseline = double.NaN;
            var extra = new double[folders.Count];
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var words = line.Split(' ');
                switch (words[0])
                {
                    case "baseline":
                        baseline = Parse(words[1]);
                        break;
                    case "extra":
                        extra[int.Parse(words[1], CultureInfo.InvariantCulture)] = Parse(words[2]);
                        break;
                    default:
                        log.WriteLine("  " + line);
                        break;
                }
            }

            return (baseline, extra);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The child's side: <paramref name="folders"/> each hold one consumer's generated files.</summary>
    public static int Run(IReadOnlyList<string> folders)
    {
        var precompiled = folders.Select(static f => Path.Combine(f, PrecompiledFile)).Where(File.Exists).Select(static p => Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(p)).ToList();
        var consumers = folders.Where(static f => !File.Exists(Path.Combine(f, PrecompiledFile))).Select(static f => Directory.GetFiles(f).OrderBy(static p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList()).ToList();
        Action without = static () => GeneratedConsumer.CompileWithout(Hello);
        var warm = consumers[0];
        Action with = () => GeneratedConsumer.CompileWith(warm, Hello);

        // Batches of compiles by turns until the consumer's batch is no more than 3 % faster than the
        // one before, twice in a row (at least 5 batches, at most 25).
        var curve = new List<double>();
        var steady = 0;
        while (curve.Count < 25 && (curve.Count < 5 || steady < 2))
        {
            without();
            var median = CpuClock.MedianMs(8, with, warmups: 0);
            steady = curve.Count > 0 && median > curve[^1] * 0.97 ? steady + 1 : 0;
            curve.Add(median);
        }

        Console.WriteLine("compiler warmed on the first consumer, batch medians (ms): " + string.Join(" ", curve.Select(static t => t.ToString("0", CultureInfo.InvariantCulture))));
        var baseline = CpuClock.MedianMs(9, without, warmups: 3);
        Console.WriteLine("baseline " + Format(baseline));
        for (var c = 0; c < consumers.Count; c++)
        {
            var sources = consumers[c];
            var large = sources.Sum(static s => (long)s.Length) > 2_000_000;
            var ms = CpuClock.MedianMs(large ? 3 : 9, () => GeneratedConsumer.CompileWith(sources, Hello), warmups: large ? 1 : 2);
            Console.WriteLine("extra " + c.ToString(CultureInfo.InvariantCulture) + " " + Format(ms - baseline));
        }

        for (var p = 0; p < precompiled.Count; p++)
        {
            var reference = precompiled[p];
            var ms = CpuClock.MedianMs(9, () => GeneratedConsumer.CompileAgainst(reference, LeonovApp), warmups: 3);
            Console.WriteLine("extra " + (consumers.Count + p).ToString(CultureInfo.InvariantCulture) + " " + Format(ms - baseline));
        }

        return 0;
    }

    // Every method compiled fully optimised on first use, as the compiler server's precompiled Roslyn
    // is from its first build: with tiering, the parts of Roslyn only generated files reach were still
    // getting faster after hundreds of compiles.
    private static string RunChild(IReadOnlyList<string> folders) =>
        ChildProcess.Run(Flag, folders, new Dictionary<string, string> { ["DOTNET_TieredCompilation"] = "0" });

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string Format(double ms) => ms.ToString("0.000", CultureInfo.InvariantCulture);
}
