namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>Each MSBuild option of docs/msbuild.md, toggled in a consumer and observed in its program.</summary>
[Collection(PackageCollection.Name)]
public sealed class OptionTests(PackageFixture package)
{
    private const string Describe = """
        Console.WriteLine($"{typeof(People).Namespace} {(typeof(People).IsPublic ? "public" : "internal")}");
        Console.WriteLine($"{Dataset.Sources.Count} documents, Leonov {(Dataset.Find("alexei-leonov") is null ? "absent" : "present")}");
        """;

    [Fact]
    public void Defaults_are_public_types_in_LeonovData_with_the_Leonov_corpus()
    {
        var output = Consumer.Create(package, "Defaults")
            .Write("Program.cs", "using LeonovData;\n" + Describe + "\nConsole.WriteLine(People.AlexeiLeonov.Born);\n")
            .BuildAndRun();

        Assert.Equal("LeonovData public\n4 documents, Leonov present\n1934-05-30\n", output);
    }

    [Fact]
    public void Namespace_and_visibility_are_the_projects_choice()
    {
        var output = Consumer.Create(package, "Options", "<LeonovDataNamespace>Space.Facts</LeonovDataNamespace>\n<LeonovDataVisibility>internal</LeonovDataVisibility>")
            .Write("Program.cs", "using Space.Facts;\n" + Describe + "\nConsole.WriteLine(People.AlexeiLeonov.Born);\n")
            .BuildAndRun();

        Assert.Equal("Space.Facts internal\n4 documents, Leonov present\n1934-05-30\n", output);
    }

    [Fact]
    public void Without_the_bundled_corpus_only_the_projects_own_documents_are_compiled()
    {
        var output = Harbour.Create(package, "OwnOnly")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Program.cs", "using Harbour.Facts;\n" + Describe + "\nConsole.WriteLine(Ships.Marlin.Launched);\n")
            .BuildAndRun();

        Assert.Equal("Harbour.Facts public\n1 documents, Leonov absent\n1891-04-14\n", output);
    }

    [Fact]
    public void Without_default_items_only_the_listed_documents_are_compiled()
    {
        // Drafts/ holds a broken document: were it picked up, the build would fail.
        var output = Harbour.Create(
                package,
                "ListedOnly",
                "<EnableDefaultLeonovDocumentItems>false</EnableDefaultLeonovDocumentItems>",
                """<LeonovDocument Include="Documents/*.leo;Documents/*.leoschema" />""")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Drafts/draft.leo", Harbour.Document("draft", "was launched on [32 April 1891]{.date p=launched}."))
            .Write("Program.cs", "using Harbour.Facts;\n" + Describe + "\n")
            .BuildAndRun();

        Assert.Equal("Harbour.Facts public\n1 documents, Leonov absent\n", output);
    }

    [Fact]
    public void A_document_also_listed_as_AdditionalFiles_is_read_once()
    {
        var output = Harbour.Create(package, "ListedTwice", items: """<AdditionalFiles Include="Documents/notes.leo" />""")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Program.cs", "using Harbour.Facts;\n" + Describe + "\n")
            .BuildAndRun();

        Assert.Equal("Harbour.Facts public\n1 documents, Leonov absent\n", output);
    }
}
