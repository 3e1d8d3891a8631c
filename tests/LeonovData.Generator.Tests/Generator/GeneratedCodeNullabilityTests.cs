namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Emit;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

/// <summary>
/// The generated files turn off nullable flow analysis for the consumer's build (Emitter.NullableContext,
/// a compile-time saving); here they are compiled with full analysis, so a null-safety mistake in the
/// generated code or the runtime is still a failing test.
/// </summary>
public sealed class GeneratedCodeNullabilityTests
{
    [Fact]
    public void GeneratedCodeHasNoNullableWarningsUnderFullAnalysis()
    {
        var run = GeneratorHarness.Run(Repository.SeedFiles());
        run.AssertCompilesCleanly();

        var trees = run.Sources.Select(static s =>
        {
            var text = s.SourceText.ToString();
            Assert.Contains(Emitter.NullableContext + "\n", text, StringComparison.Ordinal);
            return CSharpSyntaxTree.ParseText(text.Replace(Emitter.NullableContext + "\n", "#nullable enable\n", StringComparison.Ordinal), TestCompilation.ParseOptions, s.HintName);
        });
        var compilation = TestCompilation.Create(TestCompilation.UnrelatedSource).AddSyntaxTrees(trees);

        var warnings = compilation.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning).Select(static d => d.ToString()).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings.Take(10)));
    }
}
