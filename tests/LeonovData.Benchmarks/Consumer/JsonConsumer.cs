using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LeonovData.Benchmarks.Consumer;

/// <summary>
/// Touch-all's baseline as a user would write it: a console program that reads the export from a file
/// beside it as UTF-8, deserialises it with a System.Text.Json context made by the SDK's own source
/// generator (the one `dotnet build` runs, from the reference pack's analyzers), and reads every field
/// once (<see cref="ExportReading"/>, the same source file compiled into the program).
/// </summary>
internal static class JsonConsumer
{
    /// <summary>The name of the export beside the program.</summary>
    public const string ExportFile = "export.json";

    // What an SDK console project's implicit usings give ExportReading.cs, as they give it here.
    private const string ImplicitUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n";

    private const string Main = FreshProcess.StartClock + $$"""
        var utf8 = System.IO.File.ReadAllBytes(System.IO.Path.Combine(System.AppContext.BaseDirectory, "{{ExportFile}}"));
        var n = LeonovData.Benchmarks.Consumer.ExportReading.DeserializeAndRead(utf8);

        """ + FreshProcess.PrintClock + "return n > 0 ? 0 : 1;";

    /// <summary>The program's image, compiled as a build would, with the System.Text.Json source generator.</summary>
    public static byte[] Compile()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var compilation = GeneratedConsumer.Compile(
            new[] { CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "/consumer/Usings.cs"), CSharpSyntaxTree.ParseText(ReadingSource(), parse, "/consumer/ExportReading.cs") },
            Main,
            withRuntime: false);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { SourceGenerator() }, parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var problems);
        if (problems.FirstOrDefault(static d => d.Severity == DiagnosticSeverity.Error) is { } problem)
        {
            throw new InvalidOperationException("the System.Text.Json source generator failed: " + problem);
        }

        return GeneratedConsumer.Emit((CSharpCompilation)generated);
    }

    /// <summary>ExportReading.cs, embedded in the benchmarks by their project file.</summary>
    private static string ReadingSource()
    {
        using var stream = typeof(JsonConsumer).Assembly.GetManifestResourceStream("ExportReading.cs")
            ?? throw new InvalidOperationException("ExportReading.cs is not embedded in the benchmarks");
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>
    /// The SDK's System.Text.Json generator: the reference pack of this runtime's major version (the
    /// highest of them) under the dotnet root, whose shared/Microsoft.NETCore.App/&lt;version&gt;/ this
    /// process runs from.
    /// </summary>
    private static ISourceGenerator SourceGenerator()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        var pack = Directory.GetDirectories(packs, Environment.Version.Major + ".*")
            .OrderByDescending(static p => Version.TryParse(Path.GetFileName(p).Split('-')[0], out var v) ? v : new Version())
            .FirstOrDefault() ?? throw new InvalidOperationException($"no reference pack {Environment.Version.Major}.* in {packs}");
        var assembly = Assembly.LoadFrom(Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"));
        var generator = assembly.GetTypes().Single(static t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return ((IIncrementalGenerator)Activator.CreateInstance(generator)!).AsSourceGenerator();
    }
}
