namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// The generated files of a small fixed corpus, byte for byte. Every snapshot test is also a
/// caching test: a second run with equal inputs must reuse every step.
/// </summary>
public sealed class SnapshotTests
{
    /// <summary>The model, and one data file per shard the corpus's documents fall in.</summary>
    private static readonly string[] s_hintNames = new[] { "LeonovData.Model.g.cs", Emit.LiteralContents.HintName }
        .Concat(SmallCorpus.Files.Skip(1).Select(static f => $"LeonovData.Data{Emit.Emitter.ShardOf(Path.GetFileName(f.Path)):D2}.g.cs"))
        .Distinct()
        .OrderBy(static h => h, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> HintNames => new(s_hintNames);

    [Fact]
    public void GeneratesFewFilesThatCompileCleanly()
    {
        var run = RunAndCheckCaching(SmallCorpus.Files);

        Assert.Equal(s_hintNames, run.Sources.Select(static s => s.HintName).OrderBy(static h => h, StringComparer.Ordinal));
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
    }

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Generates(string hintName)
    {
        var run = RunAndCheckCaching(SmallCorpus.Files);

        Snapshot.Match(hintName, run.Source(hintName));
    }

    [Theory]
    [MemberData(nameof(HintNames))]
    public void GeneratesInternalInOwnNamespace(string hintName)
    {
        var options = new Dictionary<string, string> { ["LeonovDataNamespace"] = "Acme.Facts", ["LeonovDataVisibility"] = "internal" };
        var run = RunAndCheckCaching(SmallCorpus.Files, options);

        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        Snapshot.Match(hintName, run.Source(hintName));
    }

    /// <summary>Runs twice with equal inputs: the second run must reuse every step, and no step may hold compiler objects.</summary>
    internal static GeneratorRun RunAndCheckCaching(IReadOnlyList<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? options = null)
    {
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Texts(files), TestOptionsProvider.FromProperties(options));
        var compilation = TestCompilation.Create(TestCompilation.UnrelatedSource);

        var first = GeneratorHarness.Run(driver, compilation);
        first.AssertDidNotCrash();
        Assert.Empty(first.Diagnostics);
        PipelineSteps.AssertAllTracked(first.Result);
        PipelineSteps.AssertNoCompilerObjects(first.Result);

        // A new compilation object with equal content: the driver must notice nothing changed.
        var second = GeneratorHarness.Run(first.Driver, compilation.Clone());
        PipelineSteps.AssertNothingChanged(second.Result);
        PipelineSteps.AssertNoCompilerObjects(second.Result);
        Assert.Equal(first.Sources.Select(static s => s.SourceText.ToString()), second.Sources.Select(static s => s.SourceText.ToString()));
        return first;
    }
}
