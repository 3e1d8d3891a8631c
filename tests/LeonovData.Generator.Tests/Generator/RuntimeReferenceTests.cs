namespace LeonovData.Generator.Tests.Generator;

using System.Reflection;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

/// <summary>
/// The generated code compiles against the package's LeonovData.Runtime: without it (or with another
/// version) the generator reports LEO0503 once and generates nothing, instead of a wall of CS0246;
/// the schema's names are kept off the runtime's public types.
/// </summary>
public sealed class RuntimeReferenceTests
{
    [Fact]
    public void WithoutTheRuntimeNothingIsGeneratedAndOneErrorSaysWhy()
    {
        var compilation = Consumer(TestReferences.FrameworkOnly);

        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.Texts(SmallCorpus.Files)), compilation);

        Assert.Empty(run.Sources);
        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("LEO0503", error.Id);
        Assert.Equal(Location.None, error.Location);
        Assert.Contains("does not reference it", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void ARuntimeOfAnotherVersionIsNamed()
    {
        var other = CSharpCompilation.Create(
            "LeonovData.Runtime",
            new[] { CSharpSyntaxTree.ParseText("[assembly: System.Reflection.AssemblyVersion(\"0.0.9\")]\nnamespace LeonovData { public sealed class Corpus { } }") },
            TestReferences.FrameworkOnly,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var compilation = Consumer(TestReferences.FrameworkOnly.Add(other.ToMetadataReference()));

        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.Texts(SmallCorpus.Files)), compilation);

        Assert.Empty(run.Sources);
        Assert.Contains("references version 0.0.9", Assert.Single(run.Diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void AProjectWithoutDocumentsOrSchemaNeedsNoRuntime()
    {
        var compilation = Consumer(TestReferences.FrameworkOnly);

        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(Array.Empty<AdditionalText>()), compilation);

        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("netstandard2.0")]
    public void ReservedTypeNamesAreTheRuntimesPublicTypesAndDataset(string framework)
    {
        var runtime = new System.Runtime.Loader.AssemblyLoadContext("runtime-" + framework, isCollectible: true);
        try
        {
            var exported = runtime.LoadFromAssemblyPath(TestReferences.RuntimePath(framework)).GetExportedTypes()
                .Where(static t => !t.IsNested)
                .Select(static t => t.Name.Split('`')[0]);
            var expected = exported.Append("Dataset").Distinct().OrderBy(static n => n, StringComparer.Ordinal);
            var names = RuntimeTypes.Names.OrderBy(static n => n, StringComparer.Ordinal);

            // The types of the span form (its delegates, and the reader of data literals) are public in the
            // net8.0 build only; they are reserved for both.
            string[] spanForm = ["DataLiteral", "DataSource", "ShardData", "ShardText"];
            Assert.Equal(expected.Where(n => !spanForm.Contains(n)), names.Where(n => !spanForm.Contains(n)));
            Assert.Equal(framework == "net8.0", spanForm.All(exported.Contains));
        }
        finally
        {
            runtime.Unload();
        }
    }

    /// <summary>A consumer compiled against <paramref name="references"/> only: no LeonovData.Runtime unless they name one.</summary>
    private static CSharpCompilation Consumer(IEnumerable<MetadataReference> references) =>
        CSharpCompilation.Create(TestCompilation.AssemblyName, new[] { TestCompilation.Parse(TestCompilation.UnrelatedSource, "/consumer/Unrelated.cs") }, references, TestCompilation.Options);
}
