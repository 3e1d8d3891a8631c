using LeonovData.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// The generator's goals on the two synthetic corpora of issue 7: a cold run, a re-run with nothing
/// changed, a re-run after one value edited in one document, and what a cold run allocates. The
/// baseline is splitting the same text into lines.
/// </summary>
/// <remarks>
/// A cold run is a run without cached state: a new driver, as a clean build or a freshly opened
/// project gets. It is timed in a warm compiler, one whose runtime has already compiled the
/// generator's code tier by tier on another corpus, as the compiler server has after a few builds;
/// <see cref="ColdStart"/> shows the first runs of a fresh process, which also pay the JIT.
/// </remarks>
internal sealed class GeneratorGoals : IGoalMeasurement
{
    private const string Splitter = "line splitter, same text";

    public int Order => 10;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        foreach (var goal in Corpus(log, documents: 1_000, facts: 10, runs: 9, warmUps: 20, noChangeLimit: 2, editLimit: 10, coldLimit: 150, allocation: false))
        {
            yield return goal;
        }

        foreach (var goal in Corpus(log, documents: 100, facts: 1_000, runs: 3, warmUps: 2, noChangeLimit: null, editLimit: 100, coldLimit: 1_000, allocation: true))
        {
            yield return goal;
        }
    }

    private static int Collected()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return 0;
    }

    private static IEnumerable<Goal> Corpus(TextWriter log, int documents, int facts, int runs, int warmUps, double? noChangeLimit, double editLimit, double coldLimit, bool allocation)
    {
        var inputs = new SyntheticInputs(documents, facts);
        var size = $"{documents:N0} docs × {facts:N0}";
        log.WriteLine($"  {size}: {inputs.Bytes / 1e6:0.0} MB of annotated text");
        var compilation = GeneratorCompilation.Create(files: 1);
        var baseline = Clock.FastestMs(runs, () => inputs.SplitLines());

        // Warm the JIT on a corpus of the same shape with other content, so that what is warm is what a
        // compiler server that has built other projects keeps: the generator's compiled code and its
        // per-thread scratch, not this corpus's text or results. 20 runs are about where the tiers
        // settle at 1,000 x 10 (ColdStart prints the runs in order), and by 100 x 1,000 they have.
        var other = new SyntheticInputs(documents, facts, seed: 2);
        for (var run = 0; run < warmUps; run++)
        {
            Driver(other).RunGenerators(compilation);
        }

        // Each cold run starts from a collected heap, as benchmark iterations do: run back to back,
        // each also paid for collecting the previous run's driver (21 MB at 1,000 x 10, 129 MB at
        // 100 x 1,000, by then in the oldest generation), which is not the run's own work.
        var cold = Clock.FastestMs(runs, Collected, _ => Driver(inputs).RunGenerators(compilation));
        yield return new Goal($"{size}: cold run", cold, baseline, Splitter, coldLimit, "ms");

        var warm = Driver(inputs).RunGenerators(compilation);
        var stats = Statistics(warm, compilation);
        log.WriteLine($"  {size}: {stats}");
        if (noChangeLimit is { } limit)
        {
            var unchanged = Clock.FastestMs(runs * 3, () => warm.RunGenerators(compilation));
            yield return new Goal($"{size}: re-run, nothing changed", unchanged, baseline, Splitter, limit, "ms");
        }

        var (original, edited) = inputs.EditedDocument();
        var edit = Clock.FastestMs(runs, () => warm.ReplaceAdditionalText(original, edited).RunGenerators(compilation));
        yield return new Goal($"{size}: re-run, one value edited in one document", edit, baseline, Splitter, editLimit, "ms");

        if (allocation)
        {
            var bytes = Clock.AllocatedBytes(() => Driver(inputs).RunGenerators(compilation));
            yield return new Goal($"{size}: allocated by a cold run", bytes / 1e6, inputs.Bytes / 1e6, "the corpus's bytes", 10 * inputs.Bytes / 1e6, "MB");
        }
    }

    private static string Statistics(GeneratorDriver driver, Compilation compilation)
    {
        var result = driver.GetRunResult().Results[0];
        var chars = result.GeneratedSources.Sum(static s => (long)s.SourceText.Length);
        var errors = result.Diagnostics.Count(static d => d.Severity == DiagnosticSeverity.Error);
        // The synthetic corpus is valid and the consumer takes UTF-8 data: any diagnostic means the
        // figures measure something else (a round once timed shards that failed LEO0501), so show it.
        var first = string.Concat(result.Diagnostics.Take(3).Select(static d => "\n    " + d));
        return $"{result.GeneratedSources.Length} generated files, {chars / 1e6:0.0} M chars, {result.Diagnostics.Length} diagnostics ({errors} errors){first}";
    }

    internal static GeneratorDriver Driver(SyntheticInputs inputs) =>
        CSharpGeneratorDriver.Create(
            new[] { new LeonovGenerator().AsSourceGenerator() },
            inputs.Files,
            GeneratorCompilation.ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
