namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

/// <summary>
/// The first typed access loads no assembly only to be forwarded to System.Private.CoreLib: the
/// generated code names no type of System.Threading (a consumer compiled against the reference
/// assemblies would load the System.Threading facade for it), and publishes its lazily created corpus
/// and catalogues through the runtime instead.
/// </summary>
public sealed class RuntimeFacadeTests
{
    [Fact]
    public void GeneratedCodeNamesNoSystemThreadingType()
    {
        var run = GeneratorHarness.Run(SmallCorpus.Files);
        var generated = run.OutputCompilation.SyntaxTrees.Where(static t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(generated);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error));
        var named = new List<string>();
        var published = 0;
        foreach (var tree in generated)
        {
            var model = run.OutputCompilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var symbol = model.GetSymbolInfo(node).Symbol;
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (type?.ContainingNamespace.ToDisplayString() == "System.Threading")
                {
                    named.Add($"{tree.FilePath}: {node}");
                }

                if (node is InvocationExpressionSyntax && symbol is IMethodSymbol { Name: "Publish" } publish && publish.ContainingType.ToDisplayString() == "LeonovData.Corpus")
                {
                    published++;
                }
            }
        }

        Assert.Empty(named);

        // The corpus and each of the three kinds' catalogues.
        Assert.Equal(4, published);
    }
}
