namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Two files can name the same document (two <c>notes.leo</c> with no project folder above both):
/// the data lists them as one document, one file's statements after the other's. A statement of the
/// second file must then be found at its place in that document, not at its place in its own file.
/// </summary>
public sealed class SharedKeyTests
{
    private static readonly (string Path, string Text)[] s_files =
    {
        (SmallCorpus.SchemaPath, SmallCorpus.Schema),
        ("/first/notes.leo", "{#first .source kind=note}\n[Ann Ames]{.person #ann-ames} was born on [1 May 1900]{.date of=ann-ames p=born}.\n"),
        ("/second/notes.leo", "{#second .source kind=note}\n[Bob Berg]{.person #bob-berg} was born on [2 June 1901]{.date of=bob-berg p=born}.\n"),
    };

    private const string Probe = """
        using LeonovData;

        internal static class SharedKeyProbe
        {
            public static string Births() => $"{People.AnnAmes.Born} {People.BobBerg.Born} {People.BobBerg.BornFact?.Citation.Quote}";
        }
        """;

    [Fact]
    public void StatementsOfTheSecondFileOfAKeyResolveToThemselves()
    {
        var run = GeneratorHarness.Run(s_files, properties: null, Probe);

        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        Assert.Equal("1900-05-01 1901-06-02 2 June 1901", assembly.Invoke("SharedKeyProbe", "Births"));
    }

    [Fact]
    public void TheGeneratorAndTheWholeCorpusPathWriteTheSameShards()
    {
        var run = GeneratorHarness.Run(s_files);
        var outcome = CorpusPipeline.Run(s_files.Take(1), s_files.Skip(1));
        var expected = Emitter.Shards(outcome.Corpus).Select(shard => Emitter.Shard(shard, GeneratorOptions.Default).Value).ToList();

        Assert.NotEmpty(expected);
        Assert.All(expected, file => Assert.Equal(file.Text, run.Source(file.HintName)));
    }
}
