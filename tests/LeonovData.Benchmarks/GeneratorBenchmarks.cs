using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using LeonovData.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LeonovData.Benchmarks;

/// <summary>
/// What a build and an IDE pay. Baseline: a cold run of the generator over the whole Leonov corpus.
/// Compared with it, side by side: re-running after an unrelated C# edit (should be nearly free,
/// everything cached) and after editing one document (re-parses that document only, rebinds).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _files;
    private GeneratorDriver _warm = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText _encyclopedia = null!;
    private AdditionalText _editedEncyclopedia = null!;

    [GlobalSetup]
    public void Setup()
    {
        _files = Corpus.Files();
        _compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() { } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), RuntimeAssembly.Reference },
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }"));
        _warm = Driver().RunGenerators(_compilation);
        _encyclopedia = _files.First(static f => f.Path.EndsWith("003-encyclopedia.leo", StringComparison.Ordinal));
        var text = _encyclopedia.GetText()!.ToString();
        _editedEncyclopedia = new Corpus.InMemoryText(_encyclopedia.Path, text.Replace("Listvyanka", "Listvyanka "));
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => Driver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit() => _warm.RunGenerators(_edited);

    [Benchmark]
    public GeneratorDriver OneDocumentEdited() => _warm.ReplaceAdditionalText(_encyclopedia, _editedEncyclopedia).RunGenerators(_compilation);

    private GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(
            new[] { new LeonovGenerator().AsSourceGenerator() },
            _files,
            (CSharpParseOptions)_compilation.SyntaxTrees[0].Options,
            optionsProvider: null);
}
