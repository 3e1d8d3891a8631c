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
    public void A_schema_of_ones_own_makes_the_bundled_corpus_step_aside_unless_it_is_asked_for()
    {
        // The harbour schema declares 'person' as Leonov's does: with both, the schemas would clash.
        var own = Consumer.Create(package, "OwnSchema")
            .Write("Documents/harbour.leoschema", Harbour.Schema)
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Program.cs", "using LeonovData;\n" + Describe + "\nConsole.WriteLine(Ships.Marlin.Launched);\n");
        Assert.Equal("LeonovData public\n1 documents, Leonov absent\n1891-04-14\n", own.BuildAndRun());

        // Asked for both: one error, in the project's schema, naming the option; nothing in the package.
        var both = Consumer.Create(package, "BothSchemas", "<LeonovDataIncludeLeonovCorpus>true</LeonovDataIncludeLeonovCorpus>")
            .Copy(own.Directory, "*.leo*")
            .Write("Program.cs", "System.Console.WriteLine();\n");
        var build = both.Build();
        BuildAssert.Failed(build);
        var errors = build.Diagnostics.Where(static d => d.Id.StartsWith("LEO", StringComparison.Ordinal)).Select(static d => $"{d.Id} {Path.GetFileName(d.File)}").Distinct().ToList();
        Assert.Equal(["LEO0802 harbour.leoschema"], errors);
        Assert.Contains("<LeonovDataIncludeLeonovCorpus>false</LeonovDataIncludeLeonovCorpus>", build.Output);
        Assert.DoesNotContain(build.Diagnostics, d => d.File.StartsWith(package.PackagesFolder, StringComparison.Ordinal));
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
