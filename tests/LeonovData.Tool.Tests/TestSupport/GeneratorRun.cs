using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using LeonovData.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LeonovData.Tool.Tests.TestSupport;

/// <summary>
/// The reference the tool is held to: the real <see cref="LeonovGenerator"/> run by Roslyn's driver
/// over a consumer compilation, as a build runs it; its diagnostics as csc prints them, and the
/// consumer's compiled <c>Dataset.ToJson()</c>.
/// </summary>
internal sealed class GeneratorRun
{
    private GeneratorRun(IReadOnlyList<string> diagnostics, Compilation output)
    {
        Diagnostics = diagnostics;
        Output = output;
    }

    /// <summary>Every diagnostic the generator reported, formatted by csc's formatter, in order.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    public Compilation Output { get; }

    public static GeneratorRun Of(IEnumerable<string> files, string projectDirectory, bool includeLeonov = false)
    {
        var texts = files.Select(static f => (AdditionalText)new DiskText(f)).ToImmutableArray();
        var options = new Options(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["build_property.LeonovDataNamespace"] = "LeonovData",
            ["build_property.LeonovDataVisibility"] = "public",
            ["build_property.LeonovDataIncludeLeonovCorpus"] = includeLeonov ? "true" : "false",
            ["build_property.ProjectDir"] = projectDirectory.TrimEnd('/') + "/",
            ["build_property.MSBuildProjectDirectory"] = projectDirectory.TrimEnd('/'),
        });
        var consumer = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("public static class Probe { }", path: Path.Combine(projectDirectory, "Program.cs"))],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create([new LeonovGenerator().AsSourceGenerator()], texts, optionsProvider: new Provider(options));
        driver.RunGeneratorsAndUpdateCompilation(consumer, out var output, out var diagnostics);
        var formatter = new DiagnosticFormatter();
        var printed = diagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning).Select(d => formatter.Format(d, CultureInfo.InvariantCulture)).ToList();
        return new GeneratorRun(printed, output);
    }

    /// <summary>The consumer's compiled <c>Dataset.ToJson()</c>.</summary>
    public string ToJson()
    {
        using var image = new MemoryStream();
        var emitted = Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var context = new ConsumerContext();
        try
        {
            var dataset = context.LoadFromStream(image).GetTypes().Single(static t => t.Name == "Dataset");
            return (string)dataset.GetMethod("ToJson", BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>LeonovData.Runtime, copied beside the tests with the tool that uses it.</summary>
    private static readonly string RuntimePath = Path.Combine(AppContext.BaseDirectory, "LeonovData.Runtime.dll");

    // What a consumer's build references: the framework, and the package's LeonovData.Runtime.
    private static readonly MetadataReference[] References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(static p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
        .Append(RuntimePath)
        .Select(static p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToArray();

    /// <summary>Loads the consumer with LeonovData.Runtime beside it, and unloads both with it.</summary>
    private sealed class ConsumerContext() : AssemblyLoadContext("parity", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name) => name.Name == "LeonovData.Runtime" ? LoadFromAssemblyPath(RuntimePath) : null;
    }

    private sealed class DiskText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path), Encoding.UTF8);
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class Provider(AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }
}
