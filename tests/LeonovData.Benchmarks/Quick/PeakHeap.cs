using System.Globalization;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// The most memory a cold run at 100 × 1,000 holds at once: issue 7's "peak allocation" read as the
/// peak of the heap, beside <see cref="GeneratorGoals"/>' total of the bytes a cold run allocates.
/// </summary>
/// <remarks>
/// <para>
/// The heap a run holds at its peak is what a compiler server must have room for; the bytes it
/// allocates in all are what its collections cost. Each answers a question of its own, so both are
/// goals. Garbage makes the heap's size at any moment depend on when the collector last ran, so this
/// counts what is live: in a process of its own, a second thread collects the whole heap each time the
/// run has allocated another <see cref="Step"/> bytes, and the largest heap after any of those
/// collections, less the heap before the run, is the peak. It can miss a higher peak between two
/// collections by at most the step. (The runtime's first-generation budget settings, which would
/// collect as often without a second thread, are not honoured by this runtime's collector.)
/// </para>
/// <para>
/// The child process warms the generator on a corpus of the same shape with other content, as the
/// cold-run goal does, then collects everything before the run, so the heap before the run holds the
/// corpus's texts and the compilation, not a previous run's results. What the driver still holds
/// after the run (its cached stages and the generated files) is printed to the log.
/// </para>
/// </remarks>
internal sealed class PeakHeap : IGoalMeasurement
{
    public const string Flag = "--peak-heap";

    private const long Step = 2_000_000;

    public int Order => 11;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        var figures = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in ChildProcess.Run(Flag, new[] { "100", "1000" }, new Dictionary<string, string>()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = line.Split(' ');
            figures[words[0]] = double.Parse(words[1], CultureInfo.InvariantCulture);
        }

        var corpus = figures["corpus"] / 1e6;
        log.WriteLine($"  100 docs × 1,000: live heap after each of {figures["collections"]:0} full collections during a cold run (one per {Step / 1e6:0} MB allocated): at most {figures["peak"] / 1e6:0.0} MB over the heap before it; the driver keeps {figures["kept"] / 1e6:0.0} MB after it, with {figures["chars"] / 1e6:0.0} M chars of generated files");
        yield return new Goal("100 docs × 1,000: peak heap of a cold run", figures["peak"] / 1e6, corpus, "the corpus's bytes", 10 * corpus, "MB");
    }

    /// <summary>The child's side: prints the corpus's bytes and the heap's figures, one per line.</summary>
    public static int Run(IReadOnlyList<string> arguments)
    {
        var documents = int.Parse(arguments[0], CultureInfo.InvariantCulture);
        var facts = int.Parse(arguments[1], CultureInfo.InvariantCulture);
        var inputs = new SyntheticInputs(documents, facts);
        var compilation = GeneratorCompilation.Create(files: 1);
        WarmUp(documents, facts, compilation);

        var before = LiveHeap();
        var collections = 0;
        var peak = before;
        var running = true;
        var collector = new Thread(() =>
        {
            var next = GC.GetTotalAllocatedBytes() + Step;
            while (Volatile.Read(ref running))
            {
                if (GC.GetTotalAllocatedBytes() >= next)
                {
                    peak = Math.Max(peak, LiveHeap());
                    collections++;
                    next = GC.GetTotalAllocatedBytes() + Step;
                }

                Thread.Sleep(1);
            }
        });
        collector.Start();
        var driver = GeneratorGoals.Driver(inputs).RunGenerators(compilation);
        Volatile.Write(ref running, false);
        collector.Join();
        var kept = LiveHeap();
        WaitForDump(driver);
        var chars = driver.GetRunResult().Results[0].GeneratedSources.Sum(static s => (long)s.SourceText.Length);

        Console.WriteLine("corpus " + inputs.Bytes.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine("peak " + (Math.Max(peak, kept) - before).ToString(CultureInfo.InvariantCulture));
        Console.WriteLine("kept " + (kept - before).ToString(CultureInfo.InvariantCulture));
        Console.WriteLine("collections " + collections.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine("chars " + chars.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>
    /// With <c>LEONOV_PEAK_HEAP_WAIT=&lt;file&gt;</c>, writes the process id to the file and waits two minutes
    /// with the driver alive, so that <c>dotnet-dump collect -p &lt;id&gt; --type Heap</c> can take what the
    /// driver keeps (<c>dotnet-dump analyze</c>, <c>dumpheap -stat</c> gives it by type, exactly).
    /// </summary>
    private static void WaitForDump(Microsoft.CodeAnalysis.GeneratorDriver driver)
    {
        if (Environment.GetEnvironmentVariable("LEONOV_PEAK_HEAP_WAIT") is { Length: > 0 } file)
        {
            File.WriteAllText(file, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            Thread.Sleep(TimeSpan.FromMinutes(2));
            GC.KeepAlive(driver);
        }
    }

    /// <summary>Collects the whole heap; the bytes it holds after the collection.</summary>
    private static long LiveHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes;
    }

    private static void WarmUp(int documents, int facts, Microsoft.CodeAnalysis.Compilation compilation)
    {
        var other = new SyntheticInputs(documents, facts, seed: 2);
        for (var run = 0; run < 2; run++)
        {
            GeneratorGoals.Driver(other).RunGenerators(compilation);
        }
    }
}
