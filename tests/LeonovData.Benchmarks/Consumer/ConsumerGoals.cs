using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LeonovData.Benchmarks.Quick;

namespace LeonovData.Benchmarks.Consumer;

/// <summary>
/// Issue 7's consumer-side goals, each beside its baseline in the same run: the compile time the
/// generated files add to a program (against the same program without them), and reading every typed
/// property of every entity (against System.Text.Json reading the export). The first typed access is
/// <see cref="FirstAccess"/>'s.
/// </summary>
internal sealed class ConsumerGoals : IGoalMeasurement
{
    internal const string Hello = "System.Console.WriteLine(args.Length);\nreturn 0;";

    public int Order => 30;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        var leonov = new GeneratedConsumer(Corpus.Files());
        var synthetic = new[] { (10, 100), (100, 100), (100, 1000) }
            .Select(static size => (Documents: size.Item1, Facts: size.Item2, Consumer: new GeneratedConsumer(new SyntheticInputs(size.Item1, size.Item2).Files)))
            .ToList();
        var statements = synthetic.Select(static s => Statements(s.Consumer)).ToList();

        // Compiled in a process of its own, kept warm as the compiler server is (CompilerProcess).
        // A default-dataset consumer references the package's precompiled corpus (docs/msbuild.md, "The
        // precompiled corpus"): its build compiles the program against that assembly and runs the
        // generator over no document. That is the goal; compiling the corpus from its generated files,
        // what such a build did before and what a consumer extending the corpus still does, is logged.
        var (baseline, measured) = CompilerProcess.Measure(synthetic.Select(static s => s.Consumer.Sources).Prepend(leonov.Sources).ToList(), log, leonov.CompileLibrary());
        var precompiled = measured[^1];
        var extra = measured.Take(measured.Count - 1).ToList();
        log.WriteLine($"  hello world without generated files: {baseline:0.0} ms of processor time (compile times below are processor time, not wall time)");
        log.WriteLine($"  Leonov corpus compiled from its generated files ({leonov.Characters / 1e3:0} K chars in {leonov.Sources.Count} files; not a goal: a consumer extending the corpus, or opting out): +{extra[0]:0.0} ms");
        log.WriteLine($"  Leonov corpus precompiled: printing People.AlexeiLeonov.Born against LeonovData.LeonovCorpus.dll, the generator run over no document: +{precompiled:0.0} ms");
        yield return new Goal("consumer compile extra, Leonov corpus", precompiled, baseline, "the same program without the package", 50, "ms");
        for (var i = 0; i < synthetic.Count; i++)
        {
            var (documents, facts, consumer) = synthetic[i];
            log.WriteLine($"  {documents} × {facts}: {statements[i]:N0} statements, {consumer.Characters / 1e6:0.00} M chars generated in {consumer.Sources.Count} files, {consumer.Errors} errors, +{extra[i + 1]:0} ms, {extra[i + 1] / (statements[i] / 1000.0):0.0} ms per 1,000 statements");
        }

        // "≤ 10 ms per 1,000 statements, linear from 1k to 100k" beside "Leonov corpus (433 statements)
        // ≤ 50 ms" reads as a line: a fixed cost for the schema's records and catalogues, and at most
        // 10 ms for each further 1,000 statements. So the goals are what each further 1,000 statements
        // cost over each decade of size (linear: both within the limit), over the whole range, and,
        // where the fixed cost weighs least, the total per 1,000 statements of the largest corpus.
        for (var i = 1; i < synthetic.Count; i++)
        {
            yield return Growth(statements[i - 1], statements[i], extra[i], extra[i + 1], baseline);
        }

        yield return Growth(statements[0], statements[^1], extra[1], extra[^1], baseline);
        var (largestDocuments, largestFacts, _) = synthetic[^1];
        yield return new Goal($"consumer compile extra per 1,000 statements, {largestDocuments} docs × {largestFacts} ({statements[^1]:N0} statements)", extra[^1] / (statements[^1] / 1000.0), baseline, "the same program without the generated files", 10, "ms");

        yield return TouchAll(synthetic[^1].Consumer, statements[^1], log);
    }

    /// <summary>What each further 1,000 statements add to the compile, from one corpus to a larger one.</summary>
    private static Goal Growth(int fromStatements, int toStatements, double fromExtra, double toExtra, double baseline) =>
        new($"consumer compile growth per 1,000 statements, {fromStatements:N0} → {toStatements:N0} statements",
            (toExtra - fromExtra) / ((toStatements - fromStatements) / 1000.0), baseline, "the same program without the generated files", 10, "ms");

    /// <summary>
    /// Reads every typed property of every entity once, against System.Text.Json reading every field of
    /// the export, each side a program of its own in a fresh process, timed inside it from the start of
    /// Main to its last read: what a user of either sees. Runs alternate, and each side runs as often.
    /// </summary>
    /// <remarks>
    /// Until the eighth round both sides ran in this process: touch-all in a fresh collectible load (its
    /// generated methods compiled every load, its kept data collected in a heap that holds the
    /// benchmark's compilations), System.Text.Json's reader warm in the benchmark's own assembly on a
    /// string. That figure is still logged, labelled, so the change of method stays visible.
    /// </remarks>
    private static Goal TouchAll(GeneratedConsumer consumer, int statements, TextWriter log)
    {
        const int Runs = 7;
        var image = consumer.CompileWithData(consumer.TouchAllProgram());
        var json = Export(image);
        var inProcessBaseline = Clock.MedianMs(5, () => ExportReading.DeserializeAndRead(json));
        var inProcess = Clock.MedianMs(
            5,
            () => GeneratedConsumer.Load(image),
            static loaded =>
            {
                loaded.Assembly.GetType("Program")!.GetMethod("Run")!.Invoke(null, null);
                loaded.Context.Unload();
            });
        log.WriteLine($"  touch-all by the method before the eighth round (a collectible load in this process, against a warm reader of the export as a string): {inProcess:0} ms; System.Text.Json: {inProcessBaseline:0} ms ({inProcess / inProcessBaseline:0.00}×)");

        using var leonov = FreshProcess.WithRuntime(consumer.CompileWithData(consumer.TouchAllProgram(timed: true)));
        using var reader = new FreshProcess(JsonConsumer.Compile(), new Dictionary<string, byte[]> { [JsonConsumer.ExportFile] = System.Text.Encoding.UTF8.GetBytes(json) });

        // With LEONOV_TOUCH_ALL_KEEP set to a folder, both programs are left there (touch-all, and json/),
        // so that builds can be compared process by process, alternately (dotnet <folder>/Consumer.dll prints wall and processor ms).
        if (Environment.GetEnvironmentVariable("LEONOV_TOUCH_ALL_KEEP") is { Length: > 0 } keep)
        {
            leonov.CopyTo(keep);
            reader.CopyTo(Path.Combine(keep, "json"));
        }

        // One run each first, untimed, so that neither side's first run reads its files from disk.
        leonov.Run();
        reader.Run();
        var touched = new List<(double Wall, double Processor)>();
        var read = new List<(double Wall, double Processor)>();
        for (var i = 0; i < Runs; i++)
        {
            // Which side goes first alternates too, so neither always follows the other's disturbance.
            if (i % 2 == 0)
            {
                touched.Add(leonov.Timed());
                read.Add(reader.Timed());
            }
            else
            {
                read.Add(reader.Timed());
                touched.Add(leonov.Timed());
            }
        }

        var measured = FreshProcess.Median(touched.Select(static t => t.Wall));
        var baseline = FreshProcess.Median(read.Select(static t => t.Wall));
        var measuredProcessor = FreshProcess.Median(touched.Select(static t => t.Processor));
        var baselineProcessor = FreshProcess.Median(read.Select(static t => t.Processor));
        log.WriteLine($"  touch-all in a fresh process: {measured:0.0} ms ({measuredProcessor:0} ms of processor time; runs {WallTimes(touched)}); System.Text.Json reading the export ({json.Length / 1e6:0.0} M chars) in a fresh process: {baseline:0.0} ms ({baselineProcessor:0} ms of processor time; runs {WallTimes(read)}); processor time ratio {measuredProcessor / baselineProcessor:0.00}×");
        return new Goal($"touch-all typed properties, fresh process ({statements:N0} statements)", measured, baseline, "System.Text.Json (source-generated) reading the export file, fresh process", baseline * 0.5, "ms");
    }

    private static string WallTimes(IEnumerable<(double Wall, double Processor)> runs) =>
        string.Join(", ", runs.Select(static t => t.Wall.ToString("0", CultureInfo.InvariantCulture)));

    /// <summary>The dataset's JSON export, read from the consumer's image.</summary>
    internal static string Export(byte[] image)
    {
        var (assembly, context) = GeneratedConsumer.Load(image);
        try
        {
            return (string)assembly.GetType("LeonovData.Dataset")!.GetMethod("ToJson")!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>How many statements the consumer's corpus has.</summary>
    internal static int Statements(GeneratedConsumer consumer)
    {
        using var document = JsonDocument.Parse(Export(consumer.CompileWithData(Hello)));
        return document.RootElement.GetProperty("statements").GetArrayLength();
    }
}
