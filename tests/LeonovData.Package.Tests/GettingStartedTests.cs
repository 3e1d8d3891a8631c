namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// The getting-started page on a clean machine: in an empty folder, its commands exactly as written
/// (they make the nuget.config themselves), its snippet pasted as Program.cs, `dotnet run`, and the
/// output the page shows. No other step, an empty NuGet packages folder, and an empty home folder.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class GettingStartedTests(PackageFixture package)
{
    [Fact]
    public void Commands_and_snippet_of_the_page_print_what_the_page_shows_in_a_new_console_app()
    {
        var shell = GettingStartedPage.Blocks("sh");
        var snippet = Assert.Single(GettingStartedPage.Blocks("csharp"));
        var printed = GettingStartedPage.Blocks("text")[0];
        Assert.True(shell.Count >= 2, $"{GettingStartedPage.Path} needs a sh block of setup commands and one with dotnet run");

        var user = new NewUser(package, "getting-started").FollowGettingStarted().Write("Program.cs", snippet);
        var result = user.Execute(Assert.Single(GettingStartedPage.Commands(shell[1])))!;

        BuildAssert.GeneratorLoaded(result);
        Assert.Empty(BuildAssert.Problems(result));
        Assert.True(result.Output.EndsWith(printed, StringComparison.Ordinal), $"the page shows\n{printed}\nbut the program printed\n{result.Output}");

        // What `dotnet add package` wrote: a plain reference (LeonovData.Runtime is a compile and run
        // time asset, so not a development dependency), and the source it will find again.
        var project = File.ReadAllText(Directory.GetFiles(user.WorkingDirectory, "*.csproj").Single());
        Assert.Contains("<PackageReference Include=\"LeonovData\" Version=\"" + package.Version + "\" />", project);
        Assert.DoesNotContain("PrivateAssets", project, StringComparison.Ordinal);
        Assert.Contains("../LeonovData/artifacts/packages", File.ReadAllText(user.PathOf("nuget.config")));
    }
}
