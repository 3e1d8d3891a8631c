namespace LeonovData.Generator.Tests.Integration;

using System.Text.RegularExpressions;
using LeonovData.Generator.Tests.TestSupport;

/// <summary>
/// A copy of samples/LeonovTimeline in a temporary folder, laid out as in the repository (the sample,
/// seeds/, and the package's MSBuild wiring it imports), with the generator taken as the already
/// built DLL (an Analyzer item) instead of a project reference: nothing of the shared working tree is
/// built or written. Restored and built once; tests then break a seed and rebuild without restoring.
/// </summary>
public sealed class SampleCopy : IDisposable
{
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    public SampleCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "leonov-sample-" + Guid.NewGuid().ToString("N")[..8]);
        var sample = Path.Combine(Repository.Root, "samples", "LeonovTimeline");
        ProjectDirectory = Path.Combine(Root, "samples", "LeonovTimeline");
        Directory.CreateDirectory(ProjectDirectory);
        foreach (var source in Directory.EnumerateFiles(sample, "*.cs"))
        {
            File.Copy(source, Path.Combine(ProjectDirectory, Path.GetFileName(source)));
        }

        CopyFolder(Repository.Seeds, Path.Combine(Root, "seeds"));
        CopyFolder(Path.Combine(Repository.Root, "src", "LeonovData.Generator", "build"), Path.Combine(Root, "src", "LeonovData.Generator", "build"));

        var project = File.ReadAllText(Path.Combine(sample, "LeonovTimeline.csproj"));
        var reference = new Regex(@"<ProjectReference\s+Include=""[^""]*LeonovData\.Generator\.csproj""[^>]*/>");
        if (!reference.IsMatch(project))
        {
            throw new InvalidOperationException("samples/LeonovTimeline no longer references the generator project; update SampleCopy");
        }

        var runtime = new Regex(@"<ProjectReference\s+Include=""[^""]*LeonovData\.Runtime\.csproj""[^>]*/>");
        if (!runtime.IsMatch(project))
        {
            throw new InvalidOperationException("samples/LeonovTimeline no longer references the runtime project; update SampleCopy");
        }

        project = reference.Replace(project, $"<Analyzer Include=\"{GeneratorAssemblyTests.GeneratorPath}\" />");
        project = runtime.Replace(project, $"<Reference Include=\"{TestReferences.RuntimePath("net8.0")}\" />");
        File.WriteAllText(Path.Combine(ProjectDirectory, "LeonovTimeline.csproj"), project);

        // The repository's build settings that matter to a consumer; nothing above the copy leaks in.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), """
            <Project>
              <PropertyGroup>
                <LangVersion>latest</LangVersion>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");

        CleanBuild = Build(restore: true);
    }

    public string Root { get; }

    public string ProjectDirectory { get; }

    /// <summary>The first build of the unmodified copy (with restore).</summary>
    public DotNetCli.Result CleanBuild { get; }

    public string SeedPath(string fileName) => Path.Combine(Root, "seeds", fileName);

    public DotNetCli.Result Build(bool restore = false)
    {
        var arguments = new List<string> { "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary" };
        if (!restore)
        {
            arguments.Add("--no-restore");
        }

        return DotNetCli.Run(ProjectDirectory, BuildTimeout, arguments.ToArray());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not a test failure.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
