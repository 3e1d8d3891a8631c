namespace LeonovData.Generator.Tests.Docs;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// LICENSE and NOTICE.md say what the bundled documents' headers say: every seed document states its
/// licence (licence=), and NOTICE.md lists it with that licence, its outlet and its URL.
/// </summary>
public sealed class NoticeTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(Repository.Root, name)).Replace("\r\n", "\n");

    public static TheoryData<string> Seeds() =>
        new(Directory.GetFiles(Repository.Seeds, "*.leo").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_bundled_document_states_its_licence_and_the_notice_lists_it(string fileName)
    {
        var files = Repository.SeedFiles();
        var outcome = CorpusPipeline.Run(
            files.Where(static f => f.Path.EndsWith(".leoschema", StringComparison.Ordinal)),
            files.Where(static f => f.Path.EndsWith(".leo", StringComparison.Ordinal)));
        var source = Assert.Single(outcome.Corpus.Documents, d => d.RelativePath == fileName);
        Assert.False(string.IsNullOrWhiteSpace(source.Licence), $"seeds/{fileName} has no licence= in its header");

        var row = Read("NOTICE.md").Split('\n').SingleOrDefault(l => l.StartsWith($"| `{fileName}` |", StringComparison.Ordinal));
        Assert.True(row is not null, $"NOTICE.md has no row for {fileName}");
        Assert.EndsWith($"| {source.Licence} |", row);
        Assert.All(new[] { source.Outlet, source.Url, source.Title }.OfType<string>(), value => Assert.Contains(value, row, StringComparison.Ordinal));
    }

    [Fact]
    public void The_code_is_MIT_and_the_licence_points_to_the_notice()
    {
        var licence = Read("LICENSE");

        Assert.StartsWith("MIT License\n", licence);
        Assert.Contains("NOTICE.md", licence);
        Assert.Contains("CC-BY-SA-4.0", licence);
    }
}
