namespace LeonovData.Generator.Tests.Hardening;

using System.Diagnostics;
using System.Runtime.CompilerServices;
using CsCheck;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// Property tests over generated corpora (<see cref="GeneratedCorpus"/>) and their mutations
/// (<see cref="Mutations"/>), with CsCheck: a failure is shrunk to the smallest tape that still
/// fails and printed as files, to become a regression test of its own.
/// </summary>
/// <remarks>
/// CI runs <see cref="DefaultCases"/> cases per property. LEONOV_PROPERTY_CASES=1000000 runs that
/// many in total, half valid and half mutated; every <see cref="CompileEvery"/>-th case (at least
/// a handful in any run) also goes through the real driver, is compiled and has its export checked.
/// </remarks>
public sealed class CorpusPropertyTests(ITestOutputHelper output)
{
    private const long DefaultCases = 1500;

    private static readonly long TotalCases = long.TryParse(Environment.GetEnvironmentVariable("LEONOV_PROPERTY_CASES"), out var cases) && cases > 0 ? cases : 2 * DefaultCases;

    private static readonly long CasesPerProperty = Math.Max(1, TotalCases / 2);

    /// <summary>Compiling is a thousand times slower than the stages; a sample of cases is compiled.</summary>
    private static readonly long CompileEvery = Math.Max(100, CasesPerProperty / 200);

    private static readonly object s_logLock = new();

    /// <summary>Longer than any corpus consumes (a few hundred choices), so shrinking has room to work.</summary>
    private static readonly Gen<int[]> s_tape = Gen.Int[0, 1 << 20].Array[0, 1000];

    [Fact]
    public void ValidCorporaBindWithoutErrorStripToTheirTextAndCompile()
    {
        var counter = 0L;
        Run(s_tape.Select(static t => GeneratedCorpus.From(new Tape(t))), corpus =>
        {
            var files = corpus.Files.ToList();
            var outcome = CorpusInvariants.RunStages(files);
            Assert.True(outcome.Errors.Count == 0, "a valid corpus has errors:\n" + outcome.Describe());
            Assert.Equal(corpus.Statements, outcome.Corpus.Statements.Count);
            foreach (var (document, parsed) in corpus.Documents.Zip(outcome.Documents))
            {
                Assert.Equal(document.Plain, parsed.Text);
            }

            if (Interlocked.Increment(ref counter) % CompileEvery == 1)
            {
                CorpusInvariants.CompilesAndExports(files, outcome.Corpus);
            }
        });
    }

    [Fact]
    public void MutatedCorporaNeverBreakTheStagesAndCompileWhenClean()
    {
        var counter = 0L;
        var clean = 0L;
        var mutated = Gen.Select(s_tape, Gen.Int[0, 1 << 20].Array[1, 24], static (corpus, mutations) => Mutations.Apply(GeneratedCorpus.From(new Tape(corpus)), new Tape(mutations)));
        Run(mutated, files =>
        {
            var outcome = CorpusInvariants.RunStages(files);
            if (outcome.Errors.Count == 0 && Interlocked.Increment(ref clean) % CompileEvery == 1)
            {
                CorpusInvariants.CompilesAndExports(files, outcome.Corpus);
            }

            Interlocked.Increment(ref counter);
        });
        output.WriteLine($"{clean} of {counter} mutated corpora had no LEO error");
    }

    private void Run<T>(Gen<T> gen, Action<T> property, [CallerMemberName] string name = "")
    {
        // A long run reports its progress to a file as it goes (LEONOV_PROPERTY_LOG=path).
        var log = Environment.GetEnvironmentVariable("LEONOV_PROPERTY_LOG");
        var watch = Stopwatch.StartNew();
        var done = 0L;
        gen.Sample(
            value =>
            {
                property(value);
                if (log is not null && Interlocked.Increment(ref done) % 10_000 == 0)
                {
                    lock (s_logLock)
                    {
                        File.AppendAllText(log, $"{DateTime.UtcNow:HH:mm:ss} {name}: {done} cases in {watch.Elapsed}\n");
                    }
                }
            },
            writeLine: output.WriteLine,
            iter: CasesPerProperty,
            print: Print);
        output.WriteLine($"{CasesPerProperty} cases in {watch.Elapsed}");
        if (log is not null)
        {
            File.AppendAllText(log, $"{DateTime.UtcNow:HH:mm:ss} {name}: finished, {CasesPerProperty} cases in {watch.Elapsed}\n");
        }
    }

    private static string Print<T>(T value) => value switch
    {
        IEnumerable<(string Path, string Text)> files => string.Join("\n", files.Select(static f => $"--- {f.Path}\n{f.Text}")),
        _ => value?.ToString() ?? "null",
    };
}
