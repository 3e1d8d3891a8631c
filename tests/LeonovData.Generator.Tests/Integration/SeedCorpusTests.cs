namespace LeonovData.Generator.Tests.Integration;

using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// The real Leonov corpus through the generator in-process (the compiler's own driver, fast):
/// it generates code that compiles cleanly, and each kind of broken annotation appended to a seed
/// fails with the right LEO error at the exact line and column, printed as a build prints it.
/// The broken cases compare with the clean corpus, so they hold even while the seeds are being
/// edited and may carry problems of their own.
/// </summary>
public sealed class SeedCorpusTests
{
    /// <summary>A seed whose last zone is the body, so an appended fact is read as one.</summary>
    public const string Target = "002-news-legendary-explorer.leo";

    /// <summary>What the seeds as they are report, so a broken case looks only at what it added.</summary>
    private static readonly Lazy<HashSet<string>> s_baseline = new(static () =>
        GeneratorHarness.Run(Repository.SeedFiles()).Diagnostics.Select(static d => d.ToString()).ToHashSet(StringComparer.Ordinal));

    public static TheoryData<string> Cases => new(MalformedLine.All.Select(static c => c.Name));

    [Fact]
    public void SeedsGenerateCodeThatCompilesCleanly()
    {
        var run = GeneratorHarness.Run(Repository.SeedFiles());

        run.AssertDidNotCrash();
        Assert.True(run.Diagnostics.All(static d => d.Severity != DiagnosticSeverity.Error), "The seeds have errors:\n" + string.Join("\n", run.Diagnostics.Take(20)));
        run.AssertCompilesCleanly();
        var shards = Repository.SeedFiles().Where(static f => f.Path.EndsWith(".leo", StringComparison.Ordinal)).Select(static f => $"LeonovData.Data{Emit.Emitter.ShardOf(Path.GetFileName(f.Path)):D2}.g.cs");
        Assert.Equal(
            shards.Concat(new[] { "LeonovData.Model.g.cs", Emit.LiteralContents.HintName }).Distinct().OrderBy(static h => h, StringComparer.Ordinal),
            run.Sources.Select(static s => s.HintName).OrderBy(static h => h, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BrokenAnnotationInASeedIsReportedAtItsLineAndColumn(string name)
    {
        var line = MalformedLine.All.Single(c => c.Name == name);
        var seeds = Repository.SeedFiles();
        var target = seeds.Single(static f => Path.GetFileName(f.Path) == Target);
        var text = line.AppendTo(target.Text, out var lineNumber);
        var run = GeneratorHarness.Run(seeds.Select(f => f.Path == target.Path ? (f.Path, text) : f).ToList());

        run.AssertDidNotCrash();
        var added = run.Diagnostics.Where(d => !s_baseline.Value.Contains(d.ToString())).ToList();
        var expected = $"{Target}({lineNumber + 1},{line.Column + 1}): error {line.Id}: ";
        Assert.True(added.Any(d => d.ToString().Contains(expected, StringComparison.Ordinal)), $"expected '{expected}…' among the new diagnostics:\n{string.Join("\n", added)}");

        Assert.All(added, d => Assert.Equal((Target, lineNumber), (Path.GetFileName(d.Location.GetLineSpan().Path), d.Location.GetLineSpan().StartLinePosition.Line)));
    }
}
