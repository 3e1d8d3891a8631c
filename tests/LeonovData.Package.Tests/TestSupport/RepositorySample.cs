namespace LeonovData.Package.Tests.TestSupport;

using System.Xml.Linq;
using Xunit;

/// <summary>
/// A sample of the repository built as it is, with the generator as a project reference, its build
/// output under the run's artifacts folder (the working tree's bin/ and obj/ are left alone).
/// </summary>
internal static class RepositorySample
{
    public static string BuildAndRun(PackageFixture package, string name, params string[] arguments)
    {
        var build = DotNet.Run(
            Repository.Root,
            ["build", ProjectFile(name), "-c", "Release", "--artifacts-path", package.ArtifactsPath, "-nologo", "-tl:off", "-nodeReuse:false"]);
        BuildAssert.Clean(build);
        var run = Run(package, name, arguments);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }

    public static CommandResult Run(PackageFixture package, string name, params string[] arguments) =>
        DotNet.Run(Repository.Root, [Path.Combine(package.ArtifactsPath, "bin", name, "release", name + ".dll"), .. arguments]);

    /// <summary>The LeonovData options the sample's project sets, as XML elements for a consumer.</summary>
    public static string OptionsOf(string name) =>
        string.Join('\n', XDocument.Load(ProjectFile(name)).Descendants()
            .Where(static e => e.Name.LocalName.StartsWith("LeonovData", StringComparison.Ordinal) && e.Name.LocalName != "LeonovDataCorpusDirectory")
            .Select(static e => e.ToString()));

    private static string ProjectFile(string name) => Path.Combine(Repository.Samples, name, name + ".csproj");
}
