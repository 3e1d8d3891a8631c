using LeonovData.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// A keystroke in a C# file of a 2,000-file project must cost the generator next to nothing: its
/// baseline is the same edit in a one-file project.
/// </summary>
internal sealed class CSharpEditGoals : IGoalMeasurement
{
    public int Order => 20;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        var inputs = new SyntheticInputs(documents: 20, facts: 50);
        var baseline = EditMs(inputs, files: 1);
        var measured = EditMs(inputs, files: 2_000);
        yield return new Goal("unrelated C# edit, 2,000 C# files", measured, baseline, "same edit, 1 C# file", 0.5, "ms");
    }

    private static double EditMs(SyntheticInputs inputs, int files)
    {
        var compilation = GeneratorCompilation.Create(files);
        var warm = GeneratorGoals.Driver(inputs).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.First();
        var value = 43;
        return Clock.MedianMs(
            31,
            () => compilation.ReplaceSyntaxTree(tree, GeneratorCompilation.Tree(0, value++)),
            edited => warm.RunGenerators(edited));
    }
}
