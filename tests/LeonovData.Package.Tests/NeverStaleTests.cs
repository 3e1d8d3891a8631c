namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// Adding, deleting and renaming documents and schemas changes the output of the next incremental
/// build, with `dotnet build` and under `dotnet watch`: never `--no-incremental`, never stale data.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NeverStaleTests(PackageFixture package)
{
    /// <summary>Prints what the build compiled: the statement count and each statement's citation.</summary>
    private const string Program = """
        using Harbour.Facts;

        Console.WriteLine($"{Dataset.Statements.Count} statements from {Dataset.Sources.Count} documents");
        Console.WriteLine(string.Join(" ", Dataset.Statements.Select(static s => s.Citation)));
        """;

    private static string Declaration => Harbour.Document("label", "was launched on [14 April 1891]{.date p=launched}.");

    private static string Note(string id, string sentence) => $"{{#{id} .source kind=note subject=marlin}}\n[Marlin]{{.ship e=marlin}} {sentence}\n";

    [Fact]
    public void Adding_deleting_and_renaming_documents_changes_the_next_dotnet_build()
    {
        var consumer = Harbour.Create(package, "DocumentList")
            .Write("Documents/label.leo", Declaration)
            .Write("Documents/gazette.leo", Note("gazette", "had a crew of [seven]{.count p=crew}."))
            .Write("Program.cs", Program);
        Assert.Equal("2 statements from 2 documents\nDocuments/gazette.leo(2,40) Documents/label.leo(2,41)\n", consumer.BuildAndRun());

        consumer.Write("Documents/2024/log.leo", Note("log", "was [24 metres]{.length p=length} long."));
        Assert.Equal("3 statements from 3 documents\nDocuments/2024/log.leo(2,30) Documents/gazette.leo(2,40) Documents/label.leo(2,41)\n", consumer.BuildAndRun());

        File.Delete(consumer.PathOf("Documents/gazette.leo"));
        Assert.Equal("2 statements from 2 documents\nDocuments/2024/log.leo(2,30) Documents/label.leo(2,41)\n", consumer.BuildAndRun());

        // A rename keeps the file's timestamp: nothing is newer than the assembly but the list of documents.
        consumer.Move("Documents/2024/log.leo", "Archive/ship-log.leo");
        Assert.Equal("2 statements from 2 documents\nArchive/ship-log.leo(2,30) Documents/label.leo(2,41)\n", consumer.BuildAndRun());

        // Nothing changed: the compiler is skipped again.
        var unchanged = consumer.Build("-v:n");
        BuildAssert.Clean(unchanged);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", unchanged.Output);
    }

    [Fact]
    public void Adding_deleting_and_renaming_schemas_changes_the_next_dotnet_build()
    {
        const string crewSchema = "{.property #crew-list of=ship type=person card=many doc=\"Who sailed in her.\"}\n";
        var consumer = Harbour.Create(package, "SchemaList")
            .Write("Documents/label.leo", Declaration)
            .Write("Program.cs", Program);
        Assert.Equal("1 statements from 1 documents\nDocuments/label.leo(2,41)\n", consumer.BuildAndRun());

        // A second schema adds a property that a new document uses.
        consumer.Write("Schemas/crew.leoschema", crewSchema)
            .Write("Documents/roll.leo", Note("roll", "sailed with [Tom Hale]{.person #tom-hale p=crew-list}."));
        Assert.Equal("2 statements from 2 documents\nDocuments/label.leo(2,41) Documents/roll.leo(2,38)\n", consumer.BuildAndRun());

        // Renaming a schema keeps its declarations.
        consumer.Move("Schemas/crew.leoschema", "Schemas/people.leoschema");
        Assert.Equal("2 statements from 2 documents\nDocuments/label.leo(2,41) Documents/roll.leo(2,38)\n", consumer.BuildAndRun());

        // Deleting it takes them away: the document that uses them is an error at once.
        File.Delete(consumer.PathOf("Schemas/people.leoschema"));
        var withoutSchema = consumer.Build();
        BuildAssert.Failed(withoutSchema);
        var errors = withoutSchema.Diagnostics.Where(static d => d.Id.StartsWith("LEO", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, static d => Assert.EndsWith("Documents/roll.leo", d.File.Replace('\\', '/'), StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_files_appear_on_the_next_build_once_the_project_asks_for_them_as_docs_msbuild_md_says()
    {
        var consumer = Harbour.Create(package, "Emitted")
            .Write("Documents/label.leo", Declaration)
            .Write("Program.cs", Program);
        BuildAssert.Clean(consumer.Build());
        var generated = consumer.PathOf("obj/Debug/net10.0/generated/LeonovData.Generator/LeonovData.Generator.LeonovGenerator");
        Assert.False(Directory.Exists(generated));

        // Nothing else changed: the edited project file is what makes the compiler run again.
        var project = File.ReadAllText(consumer.ProjectFile);
        File.WriteAllText(consumer.ProjectFile, project.Replace("</PropertyGroup>", "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>\n</PropertyGroup>", StringComparison.Ordinal));
        BuildAssert.Clean(consumer.Build());

        Assert.True(Directory.Exists(generated) && Directory.GetFiles(generated, "*.g.cs").Length > 0, $"no generated files under {generated}");
    }

    /// <remarks>
    /// Once the program has exited, dotnet watch waits for a change to a file its last evaluation
    /// listed: a deleted or renamed document is one, a new one is not (nor is a new .cs file). A new
    /// document is compiled at the next change dotnet watch sees, as docs/msbuild.md says.
    /// </remarks>
    [Fact]
    public void Dotnet_watch_sees_documents_deleted_renamed_and_added()
    {
        var consumer = Harbour.Create(package, "WatchedList")
            .Write("Documents/label.leo", Declaration)
            .Write("Documents/gazette.leo", Note("gazette", "had a crew of [seven]{.count p=crew}."))
            .Write("Documents/log.leo", Note("log", "was [24 metres]{.length p=length} long."))
            .Write("Program.cs", Program);
        BuildAssert.Clean(consumer.Build());

        using var watch = new WatchedProcess(consumer.Directory, ["watch", "--non-interactive", "run", "--project", consumer.ProjectFile], package.PackagesFolder);
        var seen = watch.WaitForRun("3 statements from 3 documents", 0);

        File.Delete(consumer.PathOf("Documents/gazette.leo"));
        seen = watch.WaitForRun("2 statements from 2 documents", seen);

        consumer.Move("Documents/log.leo", "Documents/ship-log.leo");
        seen = watch.WaitForRun("Documents/label.leo(2,41) Documents/ship-log.leo(2,30)", seen);

        consumer.Write("Documents/gazette.leo", Note("gazette", "had a crew of [seven]{.count p=crew}."))
            .Write("Documents/label.leo", Declaration + "\n");
        watch.WaitForRun("3 statements from 3 documents", seen);
    }
}
