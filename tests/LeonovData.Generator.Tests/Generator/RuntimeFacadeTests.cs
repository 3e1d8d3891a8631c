namespace LeonovData.Generator.Tests.Generator;

using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Basic.Reference.Assemblies;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

/// <summary>
/// The first typed access loads no assembly only to be forwarded to System.Private.CoreLib: the
/// generated code names no type of System.Threading (a consumer compiled against the reference
/// assemblies would load the System.Threading facade for it), and publishes its lazily created corpus
/// and catalogues through the runtime instead; the runtime's net8.0 build calls System.Private.CoreLib
/// directly (src/CoreLibReference), and yet a consumer compiles against the reference assemblies alone.
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

    [Fact]
    public void TheRuntimesNet8BuildNamesCoreLibRatherThanItsFacades()
    {
        var references = AssemblyReferences(TestReferences.RuntimePath("net8.0"));

        Assert.DoesNotContain("System.Threading", references.Keys);
        Assert.DoesNotContain("System.Runtime.Loader", references.Keys);
        Assert.DoesNotContain("System.Reflection.Metadata", references.Keys);

        // .NET 8's CoreLib, with its real public key token: it binds to the CoreLib of any later runtime.
        Assert.Equal("8.0.0.0 7cec85d7bea7798e", references["System.Private.CoreLib"]);
        Assert.DoesNotContain("System.Private.CoreLib", AssemblyReferences(TestReferences.RuntimePath("netstandard2.0")).Keys);
    }

    [Fact]
    public void AConsumerCompiledAgainstReferenceAssembliesNeedsNoCoreLibAndNamesNoFacadeForIt()
    {
        // As a real build compiles it: .NET 8's reference assemblies, which have no System.Private.CoreLib.
        var compilation = CSharpCompilation.Create(
            TestCompilation.AssemblyName,
            new[] { TestCompilation.Parse("namespace Consumer;\n\n/// <summary>Reads a date.</summary>\npublic static class Probe\n{\n    /// <summary>Leonov's birth.</summary>\n    public static object? Born => LeonovData.People.Get(\"alexei-leonov\")?.BornFact?.Value;\n}\n", "/consumer/Probe.cs") },
            Net80.References.All.Append(TestReferences.Runtime),
            TestCompilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>()));
        GeneratorHarness.CreateDriver(GeneratorHarness.Texts(SmallCorpus.Files)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var problems = output.GetDiagnostics().Where(static d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var references = AssemblyReferences(image.ToArray());
        Assert.Contains("LeonovData.Runtime", references.Keys);
        Assert.DoesNotContain("System.Threading", references.Keys);
        Assert.DoesNotContain("System.Private.CoreLib", references.Keys);
    }

    private static Dictionary<string, string> AssemblyReferences(string path) => AssemblyReferences(File.ReadAllBytes(path));

    /// <summary>The assemblies an image references, by name: their version and public key token.</summary>
    private static Dictionary<string, string> AssemblyReferences(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .ToDictionary(
                r => metadata.GetString(r.Name),
                r => r.Version + " " + Convert.ToHexString(metadata.GetBlobBytes(r.PublicKeyOrToken)).ToLowerInvariant());
    }
}
