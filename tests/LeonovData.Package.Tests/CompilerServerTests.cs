namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// LeonovData asks the compiler server to keep the generator's state between command-line builds
/// (docs/msbuild.md, LeonovDataIncrementalBuilds), so a rebuild after an edit is incremental. Kept
/// state must never mean stale data: every rebuild through the server sees every kind of change.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompilerServerTests(PackageFixture package)
{
    private const string CacheFeature = "enable-generator-cache";

    [Fact]
    public void Builds_ask_the_compiler_server_to_keep_the_generator_state_unless_told_not_to()
    {
        var consumer = Harbour.Create(package, "CacheFlag")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Program.cs", "System.Console.WriteLine(Harbour.Facts.Ships.Marlin.Launched);\n");

        var asked = consumer.Build("-v:d");
        BuildAssert.Clean(asked);
        Assert.Contains("/features:" + CacheFeature, asked.Output, StringComparison.Ordinal);

        var declined = consumer.Build("-v:d", "-p:LeonovDataIncrementalBuilds=false", "--no-incremental");
        BuildAssert.Clean(declined);
        Assert.DoesNotContain(CacheFeature, declined.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuilds_through_the_compiler_server_see_every_edit_addition_removal_and_option()
    {
        var consumer = Harbour.Create(package, "ServerRebuilds")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Program.cs", "System.Console.WriteLine($\"{Harbour.Facts.Ships.Marlin.Launched} {Harbour.Facts.Ships.Marlin.Crew?.ToString() ?? \"-\"}\");\n");
        try
        {
            Assert.Equal("1891-04-14 -\n", BuildAndRunOnServer(consumer));

            consumer.Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [15 April 1891]{.date p=launched}."));
            Assert.Equal("1891-04-15 -\n", BuildAndRunOnServer(consumer));

            consumer.Write("Documents/crew.leo", "{#crew .source kind=note subject=marlin}\n[Marlin]{.ship e=marlin} sailed with [twelve]{.count p=crew} hands.\n");
            Assert.Equal("1891-04-15 12\n", BuildAndRunOnServer(consumer));

            File.Delete(consumer.PathOf("Documents/crew.leo"));
            Assert.Equal("1891-04-15 -\n", BuildAndRunOnServer(consumer));

            // An option the generator reads changes the generated code on the next build as well.
            consumer.Write("Program.cs", "System.Console.WriteLine(Fleet.Ships.Marlin.Launched);\n");
            var renamed = consumer.Build("-p:UseSharedCompilation=true", "-p:LeonovDataNamespace=Fleet");
            BuildAssert.Clean(renamed);
            Assert.Equal("1891-04-15\n", consumer.Run().Output);
        }
        finally
        {
            consumer.Dotnet("build-server", "shutdown", "--vbcscompiler");
        }
    }

    // This machine's environment may turn the server off (UseSharedCompilation=false); a developer's has it on.
    private static string BuildAndRunOnServer(Consumer consumer)
    {
        BuildAssert.Clean(consumer.Build("-p:UseSharedCompilation=true"));
        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }
}
