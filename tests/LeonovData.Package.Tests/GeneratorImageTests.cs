namespace LeonovData.Package.Tests;

using System.Text.RegularExpressions;
using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// The generator's ReadyToRun image (build/generator/&lt;rid&gt;/ in the package) replaces the IL
/// generator only where the SDK's .NET compiler runs on the image's platform, never joins it, and
/// gives what the IL gives. Packed anywhere but Linux x64, the package has no image, and every build
/// loads the IL.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class GeneratorImageTests(PackageFixture package)
{
    private const string ImagePath = "build/generator/linux-x64/LeonovData.Generator.dll";
    private const string ILPath = "analyzers/dotnet/cs/LeonovData.Generator.dll";

    private static string ImageOnThisMachine => PackageFixture.PackedWithImages ? ImagePath : ILPath;

    public static TheoryData<string, string> Builds => new()
    {
        { "", ImageOnThisMachine },
        { "-p:LeonovReadyToRunGenerator=false", ILPath },
        // Visual Studio's .NET Framework compiler, the IDE's design-time builds, an SDK for another
        // platform (no image for Alpine's musl) and an SDK older than .NET 10 all get the IL.
        { "-p:RoslynCompilerType=Framework", ILPath },
        { "-p:DesignTimeBuild=true", ILPath },
        { "-p:NETCoreSdkPortableRuntimeIdentifier=linux-musl-x64", ILPath },
        { "-p:BundledNETCoreAppPackageVersion=9.0.8", ILPath },
    };

    [Theory]
    [MemberData(nameof(Builds))]
    public void The_compiler_gets_one_generator_the_image_only_where_it_runs(string property, string expected)
    {
        var consumer = Consumer.Create(package, "Which").Write("Program.cs", "System.Console.WriteLine(LeonovData.People.AlexeiLeonov.Born);\n");
        // Restored as the user's machine restores it; only the analyzers are resolved as another would.
        var restore = consumer.Dotnet("restore", consumer.ProjectFile, "-nologo");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        string[] arguments = ["msbuild", consumer.ProjectFile, "-nologo", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer"];

        var resolve = consumer.Dotnet(property.Length == 0 ? arguments : [.. arguments, property]);

        Assert.True(resolve.ExitCode == 0, resolve.ToString());
        var generator = Assert.Single(AnalyzerPaths().Matches(resolve.Output).Select(static m => m.Groups["path"].Value), static p => p.EndsWith("/LeonovData.Generator.dll", StringComparison.Ordinal));
        Assert.EndsWith($"/leonovdata/{package.Version}/{expected}", generator);
    }

    [Fact]
    public void A_build_on_this_machine_runs_the_image_and_gets_what_the_IL_gives()
    {
        var consumer = Harbour.Create(package, "Image")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Documents/refit.leo", "{#refit .source kind=note subject=marlin}\nThe [Marlyn]{.ship e=marlin} was repainted.\n")
            .Write("Program.cs", "System.Console.WriteLine(Harbour.Facts.Ships.Marlin.Name);\n");

        var image = Compile(consumer, "true");
        var il = Compile(consumer, "false");

        Assert.Equal(ImageOnThisMachine, image.Generator);
        Assert.Equal(ILPath, il.Generator);
        Assert.NotEmpty(il.Generated);
        Assert.Equal(il.Generated, image.Generated);
        // The near miss (LEO0308) is a warning: the same diagnostics, at the same places.
        Assert.Contains(il.Diagnostics, static d => d.Contains("warning LEO0308", StringComparison.Ordinal));
        Assert.Equal(il.Diagnostics, image.Diagnostics);

        // The compiler runs the image's native code: the JIT compiles a few of the generator's own
        // methods (those taking Roslyn's structs, whose layout the compiler's Roslyn may change, and
        // generic code over types of other assemblies) where it compiles all of them from the IL.
        Assert.True(il.GeneratorMethodsJitted > 300, $"the JIT compiled {il.GeneratorMethodsJitted} generator methods from the IL: DOTNET_JitStdOutFile did not report them");
        if (PackageFixture.PackedWithImages)
        {
            Assert.True(image.GeneratorMethodsJitted * 10 < il.GeneratorMethodsJitted, $"the JIT compiled {image.GeneratorMethodsJitted} generator methods with the image, {il.GeneratorMethodsJitted} with the IL");
        }
    }

    /// <summary>
    /// A clean build by the command-line compiler (the compiler server loads analyzers from memory,
    /// where the runtime does not use native code), with the JIT listing every method it compiles.
    /// </summary>
    private Compilation Compile(Consumer consumer, string image)
    {
        foreach (var output in new[] { "bin", "obj" }.Select(consumer.PathOf).Where(Directory.Exists))
        {
            Directory.Delete(output, recursive: true);
        }

        var jitted = Path.Combine(package.NewFolder("jit"), "methods.txt");
        var build = consumer.Build(
            new Dictionary<string, string> { ["DOTNET_JitStdOutFile"] = jitted, ["DOTNET_JitDisasmSummary"] = "1" },
            "-v:n", "-p:UseSharedCompilation=false", "-p:EmitCompilerGeneratedFiles=true", $"-p:LeonovReadyToRunGenerator={image}");
        Assert.True(build.ExitCode == 0, build.ToString());
        BuildAssert.GeneratorLoaded(build);

        var generator = Assert.Single(AnalyzerArguments().Matches(build.Output).Select(static m => m.Groups["path"].Value).Distinct(), static p => p.EndsWith("/LeonovData.Generator.dll", StringComparison.Ordinal));
        var generatedFolder = consumer.PathOf("obj/Debug/net10.0/generated");
        var generated = Directory.GetFiles(generatedFolder, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(generatedFolder, file), File.ReadAllText);
        var methods = File.Exists(jitted) ? File.ReadLines(jitted).Count(static l => l.Contains("JIT compiled LeonovData.Generator.", StringComparison.Ordinal) && l.Contains("Tier0", StringComparison.Ordinal)) : 0;
        return new Compilation(
            generator[(generator.IndexOf($"/{package.Version}/", StringComparison.Ordinal) + package.Version.Length + 2)..],
            generated,
            build.Diagnostics.Where(static d => d.Id.StartsWith("LEO", StringComparison.Ordinal)).Select(static d => d.ToString()).Order(StringComparer.Ordinal).ToList(),
            methods);
    }

    private sealed record Compilation(string Generator, Dictionary<string, string> Generated, List<string> Diagnostics, int GeneratorMethodsJitted);

    // The compiler's command line, as MSBuild logs it at normal verbosity.
    [GeneratedRegex(@"/analyzer:(?<path>[^ ""]+)")]
    private static partial Regex AnalyzerArguments();

    // -getItem's JSON: "Identity": "/path/to/analyzer.dll".
    [GeneratedRegex(@"""Identity"": ""(?<path>[^""]+)""")]
    private static partial Regex AnalyzerPaths();
}
