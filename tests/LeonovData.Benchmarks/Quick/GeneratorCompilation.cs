using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LeonovData.Benchmarks.Quick;

/// <summary>A consumer compilation of any number of small C# files, for the generator's goals.</summary>
internal static class GeneratorCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Create(int files) =>
        CSharpCompilation.Create(
            "Consumer",
            Enumerable.Range(0, files).Select(static i => Tree(i, 42)),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), RuntimeAssembly.Reference },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(TreeOptions.EditorConfig));

    /// <summary>File <paramref name="index"/> with a constant that an edit changes.</summary>
    public static SyntaxTree Tree(int index, int value) =>
        CSharpSyntaxTree.ParseText($"namespace Consumer;\n\ninternal static class Type{index}\n{{\n    public const int Value = {value};\n}}\n", ParseOptions, path: $"/consumer/Type{index}.cs");
}
