using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using LeonovData.Generator;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LeonovData.Benchmarks.Consumer;

/// <summary>
/// A consumer project of a corpus, as the compiler sees it: the generated files (from the real
/// generator, run once), and a small program, compiled with and without the generated files.
/// </summary>
internal sealed class GeneratedConsumer
{
    // As `dotnet build` parses without GenerateDocumentationFile: doc comments are trivia.
    private static readonly CSharpParseOptions s_parse = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(static () =>
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) == directory && p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(static p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    });

    public GeneratedConsumer(ImmutableArray<AdditionalText> files)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new LeonovGenerator().AsSourceGenerator() }, files, s_parse);
        driver = driver.RunGenerators(Compile(Array.Empty<SyntaxTree>(), "return 0;"));
        var result = driver.GetRunResult();
        Sources = result.GeneratedTrees.Select(static t => t.ToString()).ToList();
        Errors = result.Diagnostics.Count(static d => d.Severity == DiagnosticSeverity.Error);
        var schemaText = files.First(static f => f.Path.EndsWith(".leoschema", StringComparison.Ordinal));
        Schema = SchemaParser.Merge(new[] { SchemaParser.ParseFile(schemaText.Path, schemaText.GetText()!.ToString()) });
    }

    public IReadOnlyList<string> Sources { get; }

    public int Errors { get; }

    public SchemaModel Schema { get; }

    public long Characters => Sources.Sum(static s => (long)s.Length);

    /// <summary>Parses, binds and emits the consumer with the generated files, as a build would.</summary>
    public byte[] CompileWithData(string main) => CompileWith(Sources, main);

    /// <summary>Parses, binds and emits a program with the given generated files, as a build would.</summary>
    public static byte[] CompileWith(IEnumerable<string> sources, string main) =>
        Emit(Compile(sources.Select(static (s, i) => CSharpSyntaxTree.ParseText(s, s_parse, $"/generated/{i}.g.cs")), main));

    /// <summary>
    /// The generated files compiled as the package's precompiled corpus is (src/LeonovData.LeonovCorpus):
    /// a library of their own, named as the package's, with the same generator's output.
    /// </summary>
    public byte[] CompileLibrary() => Emit(CSharpCompilation.Create(
        "LeonovData.LeonovCorpus",
        Sources.Select(static (s, i) => CSharpSyntaxTree.ParseText(s, s_parse, $"/generated/{i}.g.cs")),
        s_framework.Value.Add(RuntimeAssembly.Reference),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false)));

    /// <summary>
    /// What a default-dataset consumer's build does since the package ships the corpus compiled: the
    /// program compiled against LeonovData.Runtime and the precompiled corpus, with the generator run
    /// over it and no document (it emits nothing), as the compiler runs it in a build from scratch.
    /// </summary>
    public static byte[] CompileAgainst(MetadataReference precompiled, string main)
    {
        var compilation = Compile(Array.Empty<SyntaxTree>(), main).AddReferences(precompiled);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new LeonovGenerator().AsSourceGenerator() }, ImmutableArray<AdditionalText>.Empty, s_parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out _);
        if (withGenerated.SyntaxTrees.Count() != compilation.SyntaxTrees.Count())
        {
            throw new InvalidOperationException("the generator emitted files for a consumer without documents");
        }

        return Emit((CSharpCompilation)withGenerated);
    }

    /// <summary>The same consumer without the package: no generated files, no LeonovData.Runtime. The baseline.</summary>
    public static byte[] CompileWithout(string main) => Emit(Compile(Array.Empty<SyntaxTree>(), main, withRuntime: false));

    /// <summary>The consumer's compilation: with the package, the generated files and LeonovData.Runtime; without it, neither.</summary>
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> generated, string main, bool withRuntime = true) =>
        CSharpCompilation.Create(
            "Consumer",
            generated.Prepend(CSharpSyntaxTree.ParseText(Program(main), s_parse, "/consumer/Program.cs")),
            withRuntime ? s_framework.Value.Add(RuntimeAssembly.Reference) : s_framework.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

    /// <summary>
    /// A program that reads every typed property of every entity once (and the inverses), written
    /// from the schema with the generator's own naming, so nothing is read by reflection. Timed, it
    /// prints the milliseconds from the start of Main to the last read, and fails if it read nothing.
    /// </summary>
    public string TouchAllProgram(bool timed = false)
    {
        var body = new StringBuilder(timed ? FreshProcess.StartClock : string.Empty).Append("long n = 0;\n");
        foreach (var kind in Schema.Kinds)
        {
            body.Append($"foreach (var e in LeonovData.{kind.CatalogueName}.All)\n{{\n");
            foreach (var property in Schema.Properties.Where(p => p.Of == kind.Id))
            {
                var member = Naming.EntityMember(property, kind.TypeName);
                var facts = Naming.FactMember(property, kind.TypeName);
                body.Append(property.Many
                    ? $"    n += e.{member}.Count; foreach (var f in e.{facts}) n += f.Citations.Count;\n"
                    : $"    if (e.{member} is not null) n++; if (e.{facts} is {{ }} f_{facts}) n += f_{facts}.Citations.Count;\n");
            }

            foreach (var (_, member) in Naming.Inverses(Schema, kind))
            {
                body.Append($"    n += e.{member}.Count;\n");
            }

            body.Append("}\n");
        }

        return timed
            ? body.Append(FreshProcess.PrintClock).Append("return n > 0 ? 0 : 1;").ToString()
            : body.Append("return (int)(n % 1000);").ToString();
    }

    private static string Program(string main) => $"internal static class Program\n{{\n    public static int Main(string[] args)\n    {{\n{main}\n    }}\n\n    public static int Run() => Main(System.Array.Empty<string>());\n}}\n";

    /// <summary>The compilation's image; throws with its first errors when it does not compile.</summary>
    public static byte[] Emit(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("the consumer does not compile: " + string.Join("\n", result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return image.ToArray();
    }

    /// <summary>
    /// Loads an image into a load context of its own, so its lazily decoded data starts cold; the
    /// runtime it reads the data with is the process's one copy, as it is in a program.
    /// </summary>
    public static (Assembly Assembly, AssemblyLoadContext Context) Load(byte[] image)
    {
        var context = new ConsumerContext();
        return (context.LoadFromStream(new MemoryStream(image)), context);
    }

    private sealed class ConsumerContext() : AssemblyLoadContext("consumer-" + Guid.NewGuid().ToString("N"), isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name) => name.Name == "LeonovData.Runtime" ? RuntimeAssembly.Loaded : null;
    }
}
