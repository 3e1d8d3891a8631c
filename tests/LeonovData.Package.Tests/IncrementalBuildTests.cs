namespace LeonovData.Package.Tests;

using System.Text.Json;
using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>Edits to annotated documents reach incremental builds, the IDE's up-to-date check and dotnet watch.</summary>
[Collection(PackageCollection.Name)]
public sealed class IncrementalBuildTests(PackageFixture package)
{
    private const string SkippedCompile = "Skipping target \"CoreCompile\" because all output files are up-to-date";

    [Fact]
    public void A_build_after_no_change_skips_the_compiler_and_one_after_an_edited_document_does_not()
    {
        var consumer = Harbour.Create(package, "Incremental")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Program.cs", "System.Console.WriteLine(Harbour.Facts.Ships.Marlin.Launched);\n");
        Assert.Equal("1891-04-14\n", consumer.BuildAndRun());

        var unchanged = consumer.Build("-v:n");
        BuildAssert.Clean(unchanged);
        Assert.Contains(SkippedCompile, unchanged.Output);

        consumer.Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [15 April 1891]{.date p=launched}."));
        var edited = consumer.Build("-v:n");
        BuildAssert.Clean(edited);
        Assert.DoesNotContain(SkippedCompile, edited.Output);
        var run = consumer.Run();
        Assert.Equal("1891-04-15\n", run.Output);
    }

    [Fact]
    public void Documents_are_watch_items_and_up_to_date_inputs()
    {
        var consumer = Harbour.Create(package, "Items")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Program.cs", "System.Console.WriteLine(Harbour.Facts.Ships.Marlin.Launched);\n");
        Assert.True(consumer.Dotnet("restore").ExitCode == 0);

        var query = consumer.Dotnet("msbuild", consumer.ProjectFile, "-getItem:Watch", "-getItem:UpToDateCheckInput", "-getItem:AdditionalFiles", "-getItem:None");
        Assert.True(query.ExitCode == 0, query.ToString());
        using var json = JsonDocument.Parse(query.Output);
        var items = json.RootElement.GetProperty("Items");
        List<string> FullPaths(string type) =>
            items.GetProperty(type).EnumerateArray().Select(static i => i.GetProperty("FullPath").GetString()!).ToList();

        var documents = new[] { consumer.PathOf("Documents/notes.leo"), consumer.PathOf("Documents/harbour.leoschema") };
        foreach (var type in new[] { "Watch", "UpToDateCheckInput", "AdditionalFiles" })
        {
            Assert.All(documents, d => Assert.Contains(d, FullPaths(type)));
        }

        // Listed once in the IDE, as LeonovDocument, not again as None.
        Assert.DoesNotContain(FullPaths("None"), static p => p.EndsWith(".leo", StringComparison.Ordinal) || p.EndsWith(".leoschema", StringComparison.Ordinal));
    }

    [Fact]
    public void Dotnet_watch_rebuilds_and_reruns_when_a_document_is_edited()
    {
        var consumer = Harbour.Create(package, "Watched")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Program.cs", "System.Console.WriteLine($\"launched {Harbour.Facts.Ships.Marlin.Launched}\");\n");
        BuildAssert.Clean(consumer.Build());

        using var watch = new WatchedProcess(consumer.Directory, ["watch", "--non-interactive", "run", "--project", consumer.ProjectFile], package.PackagesFolder);
        // Once the program has exited, dotnet watch restarts it on the next change it sees.
        var seen = watch.WaitForRun("launched 1891-04-14", 0);

        consumer.Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [15 April 1891]{.date p=launched}."));
        watch.WaitFor("launched 1891-04-15", seen, TimeSpan.FromMinutes(2));
    }
}
