namespace LeonovData.Package.Tests.TestSupport;

using Xunit;

/// <summary>
/// A user on a clean machine, following the docs: an empty folder that holds the clone (only its
/// packed package, where `dotnet pack` writes it), an empty NuGet packages folder and an empty home
/// folder (no user-wide NuGet or dotnet configuration). Runs the docs' command lines as written.
/// </summary>
internal sealed class NewUser
{
    public NewUser(PackageFixture package, string name)
    {
        Folder = package.NewFolder(name);
        var packed = Path.Combine(Folder, "LeonovData", "artifacts", "packages");
        Directory.CreateDirectory(packed);
        File.Copy(package.PackagePath, Path.Combine(packed, Path.GetFileName(package.PackagePath)));
        Packages = Path.Combine(Folder, ".nuget-packages");
        Home = Path.Combine(Folder, ".home");
        Directory.CreateDirectory(Home);
        WorkingDirectory = Folder;
    }

    /// <summary>The folder that holds the clone, <c>LeonovData/</c>.</summary>
    public string Folder { get; }

    public string Packages { get; }

    public string Home { get; }

    /// <summary>Where the user is: <c>cd</c> moves it.</summary>
    public string WorkingDirectory { get; private set; }

    /// <summary>Runs one command line as it is written, `cd DIR` or a dotnet command, and asserts it succeeded.</summary>
    public CommandResult? Execute(string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is ["cd", var target])
        {
            var next = Path.GetFullPath(Path.Combine(WorkingDirectory, target));
            Assert.True(Directory.Exists(next), $"'{command}': no folder {next}");
            WorkingDirectory = next;
            return null;
        }

        Assert.True(words[0] == "dotnet", $"the docs' commands are dotnet commands or cd, not '{command}'");
        var result = DotNet.Run(WorkingDirectory, words[1..], Packages, home: Home);
        Assert.True(result.ExitCode == 0, $"'{command}' failed:\n{result}");
        return result;
    }

    /// <summary>The commands of the getting-started page's first shell block: a new console app with LeonovData.</summary>
    public NewUser FollowGettingStarted()
    {
        foreach (var command in GettingStartedPage.Commands(GettingStartedPage.Blocks("sh")[0]))
        {
            Execute(command);
        }

        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(WorkingDirectory, relativePath);

    /// <summary>Moves (renames) a file, into a new folder if need be, as a file manager would.</summary>
    public NewUser Move(string relativePath, string newRelativePath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(newRelativePath))!);
        File.Move(PathOf(relativePath), PathOf(newRelativePath));
        return this;
    }

    public NewUser Write(string relativePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relativePath))!);
        File.WriteAllText(PathOf(relativePath), text.Replace("\r\n", "\n"));
        return this;
    }
}
