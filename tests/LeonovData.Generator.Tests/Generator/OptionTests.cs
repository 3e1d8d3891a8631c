namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// The MSBuild options, as build_property.* values: any namespace the option accepts gives code that
/// compiles; a value it cannot use is LEO0801 and the default, never broken generated code.
/// </summary>
public sealed class OptionTests
{
    [Theory]
    [InlineData("Acme.Facts")]
    [InlineData("System")]
    [InlineData("Acme.System")]
    [InlineData("Acme.LeonovData")]
    [InlineData("Consumer")]
    [InlineData("Acme.Linq.Collections")]
    [InlineData("_underscore.x1")]
    public void AnyAcceptedNamespaceCompiles(string ns)
    {
        var run = GeneratorHarness.Run(SmallCorpus.Files, new Dictionary<string, string> { ["LeonovDataNamespace"] = ns, ["LeonovDataVisibility"] = "internal" });

        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        Assert.Contains($"namespace {ns}\n", run.Source("LeonovData.Model.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LeonovDataNamespace", "class")]
    [InlineData("LeonovDataNamespace", "Acme.int.Facts")]
    [InlineData("LeonovDataNamespace", "global")]
    [InlineData("LeonovDataNamespace", "1Acme")]
    [InlineData("LeonovDataNamespace", "Acme..Facts")]
    [InlineData("LeonovDataNamespace", "Acme-Facts")]
    [InlineData("LeonovDataNamespace", "Acme.Fäcts.ü")]
    [InlineData("LeonovDataVisibility", "protected")]
    public void AnUnusableOptionIsReportedAndTheDefaultUsed(string option, string value)
    {
        var run = GeneratorHarness.Run(SmallCorpus.Files, new Dictionary<string, string> { [option] = value });

        run.AssertDidNotCrash();
        run.AssertCompilesCleanly();
        if (run.Diagnostics.IsEmpty)
        {
            // Accepted after all: then it must really be usable (Unicode letters are valid in C# names).
            Assert.Contains($"namespace {value}\n", run.Source("LeonovData.Model.g.cs"), StringComparison.Ordinal);
            return;
        }

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LEO0801", diagnostic.Id);
        Assert.Contains(value, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void ASchemaWithoutDocumentsGeneratesEmptyCatalogues()
    {
        var run = GeneratorHarness.Run(new[] { (SmallCorpus.SchemaPath, SmallCorpus.Schema) });

        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        // The model, and the table of contents of its catalogues' data literals.
        Assert.Equal(new[] { "LeonovData.Model.g.cs", Emit.LiteralContents.HintName }, run.Sources.Select(static s => s.HintName));
    }

    [Fact]
    public void NoAnnotatedFilesGenerateNothing()
    {
        var run = GeneratorHarness.Run(Array.Empty<(string, string)>());

        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void DocumentsWithoutASchemaAreReported()
    {
        var run = GeneratorHarness.Run(new[] { (SmallCorpus.NewsPath, SmallCorpus.News) });

        run.AssertDidNotCrash();
        Assert.Equal("LEO0104", Assert.Single(run.Diagnostics).Id);
        run.AssertCompilesCleanly();
    }
}
