namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// The acceptance test of the package: in an empty folder, the commands of docs/getting-started.md,
/// its snippet pasted as Program.cs, `dotnet run`. No other step: no nuget.config (the package folder
/// is given to `dotnet add package --source`, as the page says, relative to the clone) and an empty
/// NuGet packages folder.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class GettingStartedTests(PackageFixture package)
{
    [Fact]
    public void Commands_and_snippet_of_the_page_print_Leonovs_facts_in_a_new_console_app()
    {
        var shell = GettingStartedPage.Blocks("sh");
        var snippet = Assert.Single(GettingStartedPage.Blocks("csharp"));
        Assert.True(shell.Count >= 2, $"{GettingStartedPage.Path} needs a sh block of setup commands and one with dotnet run");

        // The folder that holds the clone, LeonovData/, with the package where `dotnet pack` writes it.
        var folder = package.NewFolder("getting-started");
        var packedFolder = Path.Combine(folder, "LeonovData", "artifacts", "packages");
        Directory.CreateDirectory(packedFolder);
        File.Copy(package.PackagePath, Path.Combine(packedFolder, Path.GetFileName(package.PackagePath)));
        var packages = Path.Combine(folder, ".nuget-packages");
        var workingDirectory = folder;

        foreach (var command in GettingStartedPage.Commands(shell[0]))
        {
            workingDirectory = Execute(command, workingDirectory, packages);
        }

        File.WriteAllText(Path.Combine(workingDirectory, "Program.cs"), snippet);
        var run = Execute(Assert.Single(GettingStartedPage.Commands(shell[1])), workingDirectory, packages, out var result);

        Assert.Equal(workingDirectory, run);
        Assert.True(result!.ExitCode == 0, result.ToString());
        BuildAssert.GeneratorLoaded(result);
        Assert.Empty(BuildAssert.Problems(result));
        Assert.Contains("Alexei Leonov", result.Output);
        Assert.Contains("1934-05-30", result.Output);
        Assert.Contains("30 May 1934", result.Output);
        Assert.Contains("2019-10-11", result.Output);
        Assert.Contains("1965-03-18", result.Output);
        Assert.Contains("PT12M9S", result.Output);

        // What `dotnet add package` wrote for a development dependency.
        var project = File.ReadAllText(Directory.GetFiles(workingDirectory, "*.csproj").Single());
        Assert.Contains("<PackageReference Include=\"LeonovData\" Version=\"" + package.Version + "\"", project);
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", project);
    }

    private string Execute(string command, string workingDirectory, string packages) =>
        Execute(command, workingDirectory, packages, out _);

    /// <summary>Runs one line of the page as it is written: `cd DIR` or a dotnet command.</summary>
    private string Execute(string command, string workingDirectory, string packages, out CommandResult? result)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        result = null;
        if (words is ["cd", var target])
        {
            var next = Path.GetFullPath(Path.Combine(workingDirectory, target));
            Assert.True(Directory.Exists(next), $"'{command}': no folder {next}");
            return next;
        }

        Assert.True(words[0] == "dotnet", $"the page's commands are dotnet commands or cd, not '{command}'");
        var arguments = words.Skip(1).ToArray();
        result = DotNet.Run(workingDirectory, arguments, packages);
        Assert.True(result.ExitCode == 0, $"'{command}' failed:\n{result}");
        return workingDirectory;
    }
}
