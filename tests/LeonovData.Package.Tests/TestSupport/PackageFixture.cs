namespace LeonovData.Package.Tests.TestSupport;

using System.Text.RegularExpressions;
using Xunit;

/// <summary>
/// Packs LeonovData once per test run, from the working tree, into a local folder feed under a fresh
/// temporary folder. Consumers restore from that feed into a packages folder of this run only, so a
/// LeonovData of the same version cached by an earlier run or by hand can never stand in for this one.
/// </summary>
/// <remarks>
/// Layout of <see cref="RunRoot"/>: <c>feed/</c> (the .nupkg), <c>packages/</c> (NUGET_PACKAGES of the
/// consumers), <c>artifacts/</c> (build output of the pack and of repository samples, so the working
/// tree's bin/ and obj/ are never touched), <c>projects/</c> (consumers, under a nuget.config that adds
/// the feed to the sources already configured). Set LEONOVDATA_KEEP_TEST_FOLDERS=1 to keep it.
/// </remarks>
public sealed partial class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RunRoot = Path.Combine(Path.GetTempPath(), "leonovdata-package-tests", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);
        Directory.CreateDirectory(ProjectsRoot);
        WriteSentinels();

        Pack = DotNet.Run(
            Repository.Root,
            ["pack", Repository.GeneratorProject, "-c", "Release", "-o", Feed, "--artifacts-path", ArtifactsPath, "-nodeReuse:false", "-tl:off"],
            timeout: TimeSpan.FromMinutes(8));
        if (Pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + Pack);
        }

        var packages = Directory.GetFiles(Feed, "*.nupkg");
        Assert.True(packages.Length == 1, $"expected exactly one package in {Feed}, found {string.Join(", ", packages.Select(Path.GetFileName))}");
        PackagePath = packages[0];
        var name = PackageFileName().Match(Path.GetFileName(PackagePath));
        Assert.True(name.Success, $"unexpected package name {Path.GetFileName(PackagePath)}");
        Version = name.Groups["version"].Value;

        File.WriteAllText(Path.Combine(ProjectsRoot, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <!-- Added to the sources configured for this user, which stay: they serve everything else. -->
                <add key="leonovdata-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>
    /// Whether the package carries ReadyToRun images (the runtime's and the generator's): Crossgen2's
    /// package runs on Linux x64 (src/LeonovData.Runtime/ReadyToRun.targets); packed anywhere else, the
    /// package carries the IL builds only, which every platform runs.
    /// </summary>
    public static bool PackedWithImages =>
        OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64;

    public string RunRoot { get; }

    public string Feed => Path.Combine(RunRoot, "feed");

    public string PackagesFolder => Path.Combine(RunRoot, "packages");

    public string ArtifactsPath => Path.Combine(RunRoot, "artifacts");

    public string ProjectsRoot => Path.Combine(RunRoot, "projects");

    public string PackagePath { get; }

    public string Version { get; }

    internal CommandResult Pack { get; }

    /// <summary>A new empty folder under the run, outside <see cref="ProjectsRoot"/> (no nuget.config).</summary>
    public string NewFolder(string name)
    {
        var folder = Path.Combine(RunRoot, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("LEONOVDATA_KEEP_TEST_FOLDERS") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(RunRoot, recursive: true);
        }
        catch (IOException)
        {
            // A compiler server may still hold a file open; the folder is under the system's temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // Nothing above the run folder (a Directory.Build.props or .editorconfig in the temp folder's
    // parents) may change how consumers build.
    private void WriteSentinels()
    {
        File.WriteAllText(Path.Combine(RunRoot, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(RunRoot, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(RunRoot, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(RunRoot, ".editorconfig"), "root = true\n");
    }

    [GeneratedRegex(@"^LeonovData\.(?<version>\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex PackageFileName();
}

/// <summary>All package tests share one pack and run one after another (each build uses both cores).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "LeonovData package";
}
