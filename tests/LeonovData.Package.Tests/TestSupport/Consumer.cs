namespace LeonovData.Package.Tests.TestSupport;

/// <summary>
/// A console project in its own folder under the run's projects folder that references the packed
/// LeonovData by PackageReference only, exactly as <c>dotnet add package</c> writes it.
/// </summary>
internal sealed class Consumer
{
    private readonly PackageFixture _package;

    private Consumer(PackageFixture package, string directory, string name)
    {
        _package = package;
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    public string OutputAssembly => Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");

    /// <param name="package">The packed LeonovData.</param>
    /// <param name="name">The project's name (and the first part of its folder's).</param>
    /// <param name="properties">Extra MSBuild properties, as XML elements.</param>
    /// <param name="items">Extra MSBuild items, as XML elements.</param>
    /// <param name="outputType">Exe or Library.</param>
    public static Consumer Create(PackageFixture package, string name, string properties = "", string items = "", string outputType = "Exe")
    {
        var directory = Path.Combine(package.ProjectsRoot, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        System.IO.Directory.CreateDirectory(directory);
        var consumer = new Consumer(package, directory, name);
        consumer.Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LeonovData" Version="{package.Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);
        return consumer;
    }

    /// <summary>A console project that references <paramref name="library"/> (a project reference) and not LeonovData.</summary>
    public static Consumer CreateAppOf(PackageFixture package, string name, Consumer library) => Create(package, name).Write(name + ".csproj", $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{library.ProjectFile}" />
          </ItemGroup>
        </Project>
        """);

    /// <summary>Writes a file of the project with LF line endings, as the repository's documents have.</summary>
    public Consumer Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return this;
    }

    /// <summary>Copies the files of a folder (recursively, bin/ and obj/ left out) into <paramref name="relativeTarget"/>.</summary>
    public Consumer Copy(string sourceDirectory, string pattern, string relativeTarget = "")
    {
        foreach (var file in System.IO.Directory.GetFiles(sourceDirectory, pattern, SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceDirectory, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(Directory, relativeTarget, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>Moves (renames) a file of the project, into a new folder if need be: the file keeps its timestamp.</summary>
    public Consumer Move(string relativePath, string newRelativePath)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(PathOf(newRelativePath))!);
        File.Move(PathOf(relativePath), PathOf(newRelativePath));
        return this;
    }

    public CommandResult Build(params string[] arguments) =>
        DotNet.Run(Directory, ["build", ProjectFile, "-nologo", "-tl:off", "-nodeReuse:false", .. arguments], _package.PackagesFolder);

    /// <summary>Builds with these environment variables set for the build and the compiler it starts.</summary>
    public CommandResult Build(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        DotNet.Run(Directory, ["build", ProjectFile, "-nologo", "-tl:off", "-nodeReuse:false", .. arguments], _package.PackagesFolder, environment: environment);

    public CommandResult Dotnet(params string[] arguments) =>
        DotNet.Run(Directory, arguments, _package.PackagesFolder);

    /// <summary>Runs the built program (without building again).</summary>
    public CommandResult Run(params string[] arguments) =>
        DotNet.Run(Directory, [OutputAssembly, .. arguments], _package.PackagesFolder);

    /// <summary>Builds, asserts a clean build that loaded the generator, runs and asserts the program succeeded.</summary>
    public string BuildAndRun(params string[] arguments)
    {
        BuildAssert.Clean(Build());
        var run = Run(arguments);
        Xunit.Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }
}
