extern alias LeonovRuntime;

using System.Reflection;
using System.Runtime.Loader;
using LeonovData.Generator;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LeonovData.Tool.Exporting;

/// <summary>
/// Produces the export by running what a consumer's build would run: the generator's emitter writes
/// the sources, Roslyn compiles them in memory against the running runtime's assemblies and
/// LeonovData.Runtime, and the compiled <c>Dataset.ToJson()</c> writes the document. The tool never formats the export itself,
/// so it equals the generated runtime's byte for byte whatever shape that runtime gives it.
/// </summary>
internal static class DatasetCompiler
{
    public static string ToJson(Corpus corpus, GeneratorOptions options)
    {
        var emitted = Stages.Emit(corpus, options);
        if (!emitted.Diagnostics.IsEmpty)
        {
            throw new ExportException("the generator could not emit the dataset: " + string.Join("; ", emitted.Diagnostics.Select(static d => d.ToDiagnostic().GetMessage())));
        }

        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = emitted.Value.Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, path: file.HintName));
        var compilation = CSharpCompilation.Create(
            "LeonovData.Export",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).Take(5).Select(static d => d.ToString());
            throw new ExportException("the generated code does not compile (a LeonovData defect; please report it):\n  " + string.Join("\n  ", errors));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("LeonovData.Export", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var dataset = assembly.GetTypes().SingleOrDefault(static t => t.Name == "Dataset" && t.IsAbstract && t.IsSealed)
                ?? throw new ExportException("the generated code has no Dataset class");
            var toJson = dataset.GetMethod("ToJson", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, Type.EmptyTypes)
                ?? throw new ExportException("the generated Dataset has no ToJson()");
            return (string)toJson.Invoke(null, null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new ExportException("the generated Dataset.ToJson() failed: " + e.InnerException.Message);
        }
        finally
        {
            context.Unload();
        }
    }

    // What the generated code references in a consumer's build: the running runtime's assemblies, and
    // LeonovData.Runtime, the tool's own copy (the loaded consumer shares it).
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(static () =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(static path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll"))
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(LeonovRuntime::LeonovData.Corpus).Assembly.Location))
            .ToList());
}

/// <summary>The export could not be produced; the message says why.</summary>
internal sealed class ExportException(string message) : Exception(message);
