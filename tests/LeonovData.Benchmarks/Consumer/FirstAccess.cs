using System.Text.Json;
using LeonovData.Benchmarks.Quick;

namespace LeonovData.Benchmarks.Consumer;

/// <summary>
/// The first typed access goal, a measurement of its own so that <c>--only FirstAccess</c> runs it
/// without the compile goals: <c>People.Get(id)!.BornFact</c> of the 100 × 1,000 corpus in a fresh
/// process, timed inside it from the start of Main, beside a hand-written lookup in the same kind of
/// process. With LEONOV_FIRST_ACCESS_KEEP set to a folder, the timed program is also left there, and a
/// copy under <c>loads/</c> that prints the assemblies loaded during the access first: builds can then
/// be compared process by process, alternately, which a single median of five cannot do under load.
/// </summary>
internal sealed class FirstAccess : IGoalMeasurement
{
    private const string Keep = "LEONOV_FIRST_ACCESS_KEEP";

    public int Order => 31;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        var consumer = new GeneratedConsumer(new SyntheticInputs(100, 1_000).Files);
        return Goals(consumer, ConsumerGoals.Statements(consumer), log).ToList();
    }

    /// <summary>The first typed read in a fresh process, timed inside it from the start of Main.</summary>
    private static IEnumerable<Goal> Goals(GeneratedConsumer consumer, int statements, TextWriter log)
    {
        var person = FirstBornPerson(consumer);
        var typed = consumer.CompileWithData(TypedProgram(person, listLoads: false));
        var handWritten = GeneratedConsumer.CompileWithout("""
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var born = System.Array.Find(new[] { new System.Tuple<string, System.DateTime>("a", new System.DateTime(1934, 5, 30)) }, static p => p.Item1 == "a")!.Item2;
            var elapsed = clock.Elapsed.TotalMilliseconds;
            System.Console.WriteLine(elapsed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return born.Year == 1934 ? 0 : 1;
            """);
        if (Environment.GetEnvironmentVariable(Keep) is { Length: > 0 } folder)
        {
            using var timed = FreshProcess.WithRuntime(typed);
            timed.CopyTo(folder);
            using var loads = FreshProcess.WithRuntime(consumer.CompileWithData(TypedProgram(person, listLoads: true)));
            loads.CopyTo(Path.Combine(folder, "loads"));
            using var processor = FreshProcess.WithRuntime(consumer.CompileWithData(ThreadTimedProgram(person)));
            processor.CopyTo(Path.Combine(folder, "thread"));
            log.WriteLine($"  the first typed access's programs: {folder} (timed), {Path.Combine(folder, "loads")} (lists the assemblies it loads), {Path.Combine(folder, "thread")} (prints the main thread's processor time too)");
        }

        var measured = InFreshProcess(typed);
        var baseline = InFreshProcess(handWritten);
        log.WriteLine($"  first access to People.Get(\"{person}\").BornFact in a fresh process: {measured:0.000} ms (hand-written lookup: {baseline:0.000} ms)");
        yield return new Goal($"first typed access in a fresh process ({statements:N0} statements)", measured, baseline, "a hand-written lookup in the same kind of process", 1, "ms");
    }

    /// <summary>The goal's program; with <paramref name="listLoads"/>, it first prints the assemblies loaded during the access.</summary>
    private static string TypedProgram(string person, bool listLoads) => $$"""
        {{(listLoads ? "var loads = new System.Collections.Generic.List<string>();\nSystem.AppDomain.CurrentDomain.AssemblyLoad += (_, e) => loads.Add(e.LoadedAssembly.GetName().Name!);\n" : string.Empty)}}var clock = System.Diagnostics.Stopwatch.StartNew();
        var born = LeonovData.People.Get("{{person}}")!.BornFact;
        var elapsed = clock.Elapsed.TotalMilliseconds;
        {{(listLoads ? "System.Console.WriteLine(\"loads: \" + string.Join(\" \", loads));\n" : string.Empty)}}System.Console.WriteLine(elapsed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return born is null ? 1 : 0;
        """;

    /// <summary>
    /// The goal's program, printing after the wall time the main thread's processor time (Linux:
    /// <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, called once before the clock starts so that its
    /// stub is ready), which the neighbours' load on a shared machine inflates much less.
    /// </summary>
    private static string ThreadTimedProgram(string person) => $$"""
        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        static extern int ClockGetTime(int clock, [System.Runtime.InteropServices.Out] long[] time);
        static double ThreadMs()
        {
            var time = new long[2];
            ClockGetTime(3, time);
            return (time[0] * 1e3) + (time[1] / 1e6);
        }

        var thread = ThreadMs();
        thread = ThreadMs();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var born = LeonovData.People.Get("{{person}}")!.BornFact;
        var elapsed = clock.Elapsed.TotalMilliseconds;
        thread = ThreadMs() - thread;
        System.Console.WriteLine(elapsed.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + thread.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return born is null ? 1 : 0;
        """;

    private static double InFreshProcess(byte[] image)
    {
        using var program = FreshProcess.WithRuntime(image);
        return program.MedianMs(5);
    }

    private static string FirstBornPerson(GeneratedConsumer consumer)
    {
        using var document = JsonDocument.Parse(ConsumerGoals.Export(consumer.CompileWithData(ConsumerGoals.Hello)));
        return document.RootElement.GetProperty("statements").EnumerateArray()
            .First(static s => s.GetProperty("property").GetString() == "born")
            .GetProperty("subject").GetString()!;
    }
}
