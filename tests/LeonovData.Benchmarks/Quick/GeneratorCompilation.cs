using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LeonovData.Benchmarks.Quick;

/// <summary>A consumer compilation of any number of small C# files, for the generator's goals.</summary>
internal static class GeneratorCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// The shared framework, as a .NET consumer references it: with the core library alone, the
    /// runtime's <c>ReadOnlySpan&lt;byte&gt;</c> (System.Runtime) would not resolve, and the generator
    /// would take the consumer for one without UTF-8 data and emit the string form.
    /// </summary>
    private static readonly MetadataReference[] Framework = Directory
        .GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
        .OrderBy(static path => path, StringComparer.Ordinal)
        .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    public static CSharpCompilation Create(int files) =>
        CSharpCompilation.Create(
            "Consumer",
            Enumerable.Range(0, files).Select(static i => Tree(i, 42)),
            Framework.Append(RuntimeAssembly.Reference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(TreeOptions.EditorConfig));

    /// <summary>File <paramref name="index"/> with a constant that an edit changes.</summary>
    public static SyntaxTree Tree(int index, int value) =>
        CSharpSyntaxTree.ParseText($"namespace Consumer;\n\ninternal static class Type{index}\n{{\n    public const int Value = {value};\n}}\n", ParseOptions, path: $"/consumer/Type{index}.cs");
}
