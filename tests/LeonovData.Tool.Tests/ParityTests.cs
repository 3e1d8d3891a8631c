using System.Text;
using LeonovData.Tool.Tests.TestSupport;

namespace LeonovData.Tool.Tests;

/// <summary>
/// `leo` against the generator as a build runs it (Roslyn's driver over a consumer compilation): the
/// same diagnostics line for line, and `leo export` equal to the consumer's compiled
/// `Dataset.ToJson()` byte for byte, on the Leonov corpus, the OwnCorpus sample and synthetic corpora.
/// </summary>
public sealed class ParityTests
{
    public static TheoryData<string> Corpora => new() { "leonov", "own-corpus", "synthetic", "synthetic-with-errors" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Check_prints_what_the_generator_reports(string corpus)
    {
        var folder = Folder(corpus);
        var generator = GeneratorRun.Of(Inputs(folder), folder);

        var leo = Leo.Invoke(folder, "check", "--quiet");

        Assert.Equal(generator.Diagnostics.Order(StringComparer.Ordinal), leo.Lines.Order(StringComparer.Ordinal));
        Assert.True(leo.ExitCode == (generator.Diagnostics.Any(static d => d.Contains(": error ", StringComparison.Ordinal)) ? 1 : 0), leo.ToString());
        if (corpus == "synthetic-with-errors")
        {
            Assert.Equal(3, leo.Lines.Count(static l => l.Contains("'borm'", StringComparison.Ordinal) && l.Contains(": error LEO", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("leonov")]
    [InlineData("own-corpus")]
    [InlineData("synthetic")]
    public void Export_equals_the_generated_Dataset_ToJson_byte_for_byte(string corpus)
    {
        var folder = Folder(corpus);
        var expected = GeneratorRun.Of(Inputs(folder), folder).ToJson();

        var leo = Leo.Invoke(folder, "export", "--format", "json", "--quiet");

        Assert.True(leo.ExitCode == 0, leo.ToString());
        Assert.Equal(Encoding.UTF8.GetBytes(expected), leo.Output);
    }

    [Fact]
    public void The_bundled_corpus_is_the_repository_seeds()
    {
        var empty = Repository.NewFolder("bundled");

        var bundled = Leo.Invoke(empty, "export", "--leonov", "--quiet");
        var seeds = Leo.Invoke(Repository.Seeds, "export", "--quiet");

        Assert.True(bundled.ExitCode == 0, bundled.ToString());
        Assert.Equal(seeds.Output, bundled.Output);
    }

    private static string Folder(string corpus) => corpus switch
    {
        "leonov" => Repository.Seeds,
        "own-corpus" => Path.Combine(Repository.OwnCorpus, "Documents"),
        "synthetic" => SyntheticFolder.Write(corpus, documents: 60, facts: 20),
        _ => SyntheticFolder.Write(corpus, documents: 30, facts: 12, plantedErrors: 3),
    };

    // The order a build hands files over: the project's glob, sorted.
    private static IEnumerable<string> Inputs(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(static f => f.EndsWith(".leo", StringComparison.Ordinal) || f.EndsWith(".leoschema", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
