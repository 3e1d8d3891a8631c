namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Model;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Citations, sources and the export name a document by its path relative to the project, so that
/// two notes.leo in different folders stay distinct; the bundled corpus keeps bare file names; the
/// diagnostics keep the path the compiler was given.
/// </summary>
public sealed class DocumentPathTests
{
    [Theory]
    [InlineData("/home/ann/App", null, "/home/ann/App/Documents/notes.leo", "Documents/notes.leo")]
    [InlineData("/home/ann/App/", null, "/home/ann/App/notes.leo", "notes.leo")]
    [InlineData("/home/ann/App", null, "/home/ann/corpus/2024/notes.leo", "../corpus/2024/notes.leo")]
    [InlineData("/home/ann/App", null, "/home/ann/Apple/notes.leo", "../Apple/notes.leo")]
    [InlineData(@"C:\src\App", null, @"C:\src\App\Documents\2024\notes.leo", "Documents/2024/notes.leo")]
    [InlineData(@"C:\src\App", null, @"D:\corpus\notes.leo", "notes.leo")]
    [InlineData("/home/ann/App", "/home/ann/.nuget/packages/leonovdata/0.1.0/build/leonov/", "/home/ann/.nuget/packages/leonovdata/0.1.0/build/leonov/003-encyclopedia.leo", "003-encyclopedia.leo")]
    [InlineData("/repo/samples/Timeline", "/repo/seeds/", "/repo/seeds/000-news-urdupoint.leo", "000-news-urdupoint.leo")]
    [InlineData("/repo/samples/Timeline", "/repo/seeds/", "/repo/seeds-extra/notes.leo", "../../seeds-extra/notes.leo")]
    [InlineData(null, null, "/corpus/Documents/notes.leo", "notes.leo")]
    [InlineData(null, "/corpus/", "/corpus/notes.leo", "notes.leo")]
    public void A_document_is_named_relative_to_its_project(string? project, string? corpus, string path, string expected) =>
        Assert.Equal(expected, new DocumentPaths(project, corpus).RelativePath(path));

    [Fact]
    public void Two_documents_of_the_same_name_in_different_folders_stay_distinct()
    {
        var properties = new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/work/App" };
        var files = new[]
        {
            ("/work/App/Schema/small.leoschema", CorpusTexts.Schema),
            ("/work/App/Documents/000-cast.leo", CorpusTexts.Cast.Text),
            ("/work/App/Documents/2019/notes.leo", CorpusTexts.Document("notes-2019", "He was born in [1934]{.date p=born}.")),
            ("/work/App/Documents/2024/notes.leo", CorpusTexts.Document("notes-2024", "Born on [30 May 1934]{.date p=born}.")),
        };
        const string probe = """
            internal static class Probe
            {
                public static string Citations() =>
                    string.Join(" ", LeonovData.People.Leonov.BornFact!.Citations) + " | " +
                    string.Join(" ", System.Linq.Enumerable.Select(LeonovData.Dataset.Sources, static s => s.Id + ":" + s.Document));
            }
            """;

        var run = GeneratorHarness.Run(files, properties, probe);

        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        Assert.Equal(
            "Documents/2024/notes.leo(2,9) Documents/2019/notes.leo(2,16) | cast:Documents/000-cast.leo notes-2019:Documents/2019/notes.leo notes-2024:Documents/2024/notes.leo",
            assembly.Invoke("Probe", "Citations"));
    }

    [Fact]
    public void Diagnostics_keep_the_path_the_compiler_was_given()
    {
        var properties = new Dictionary<string, string> { ["MSBuildProjectDirectory"] = "/work/App" };
        var files = new[]
        {
            ("/work/App/small.leoschema", CorpusTexts.Schema),
            ("/work/App/Documents/000-cast.leo", CorpusTexts.Cast.Text),
            ("/work/App/Documents/notes.leo", CorpusTexts.Document("notes", "He was born on [32 May 1934]{.date p=born}.")),
        };

        var run = GeneratorHarness.Run(files, properties);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("/work/App/Documents/notes.leo", diagnostic.Location.GetLineSpan().Path);
    }
}
