namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

/// <summary>
/// Hundreds of random documents through the whole driver, next to a valid corpus. Whatever the
/// input, the generator never crashes (no CS8785, no LEO0901), every diagnostic points inside the
/// file it names with a line span that agrees with Roslyn's own reading of that file, and the
/// generated code still compiles without a warning.
/// </summary>
public sealed class DriverFuzzTests
{
    /// <summary>300 by default; set LEONOV_FUZZ_DOCUMENTS to run a longer fuzz locally.</summary>
    private static readonly int Documents = int.TryParse(Environment.GetEnvironmentVariable("LEONOV_FUZZ_DOCUMENTS"), out var count) && count > 0 ? count : 300;

    /// <summary>Compiling the output is the slow part; every n-th run is compiled.</summary>
    private const int CompileEvery = 15;

    [Fact]
    public void RandomDocumentsNeverCrashTheGenerator()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < Documents && failures.Count < 5; seed++)
        {
            var document = RandomDocuments.Create(seed);
            var files = SmallCorpus.Files.Append(("/corpus/fuzz.leo", document)).ToList();
            try
            {
                var run = GeneratorHarness.Run(files);
                run.AssertDidNotCrash();
                AssertLocationsAreExact(run, files);
                if (seed % CompileEvery == 0)
                {
                    run.AssertCompilesCleanly();
                }
            }
            catch (Exception e)
            {
                failures.Add($"seed {seed}: {e.Message}\ndocument: {Escape(document)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void RandomSchemasNeverCrashTheGenerator()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < Documents / 3 && failures.Count < 5; seed++)
        {
            var schema = SmallCorpus.Schema + "\n" + RandomDocuments.Create(seed + 100_000).Replace("[", "{", StringComparison.Ordinal).Replace("]", "}", StringComparison.Ordinal);
            var files = SmallCorpus.Files.Select(f => f.Path == SmallCorpus.SchemaPath ? (f.Path, schema) : f).ToList();
            try
            {
                var run = GeneratorHarness.Run(files);
                run.AssertDidNotCrash();
                AssertLocationsAreExact(run, files);
                if (seed % CompileEvery == 0)
                {
                    run.AssertCompilesCleanly();
                }
            }
            catch (Exception e)
            {
                failures.Add($"seed {seed}: {e.Message}\nschema: {Escape(schema)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static void AssertLocationsAreExact(GeneratorRun run, IReadOnlyList<(string Path, string Text)> files)
    {
        foreach (var diagnostic in run.Diagnostics)
        {
            foreach (var location in diagnostic.AdditionalLocations.Prepend(diagnostic.Location).Where(static l => l != Location.None))
            {
                var lineSpan = location.GetLineSpan();
                var file = files.SingleOrDefault(f => f.Path == lineSpan.Path);
                Assert.True(file.Text is not null, $"{diagnostic} points at '{lineSpan.Path}', which is no input file");
                Assert.True(location.SourceSpan.End <= file.Text!.Length, $"{diagnostic} ends past the end of its file");
                Assert.Equal(SourceText.From(file.Text).Lines.GetLinePositionSpan(location.SourceSpan), lineSpan.Span);
            }
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(static c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
