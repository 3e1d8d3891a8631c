namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

/// <summary>
/// Severities set per file (.editorconfig sections) are read from the compilation; a C# edit, which
/// keeps the provider and the files, reuses the last read, and anything else reads them again.
/// </summary>
public sealed class ConfiguredSeveritiesTests
{
    private static readonly DiagnosticDescriptor s_nearMiss = DiagnosticDescriptors.NearMiss;

    [Fact]
    public void The_strictest_severity_of_any_file_wins()
    {
        var provider = new PathOptions(new() { ["/p/A.cs"] = ReportDiagnostic.Suppress, ["/p/B.cs"] = ReportDiagnostic.Error });

        var severities = ConfiguredSeverities.Read(Compilation(provider, "/p/A.cs", "/p/B.cs"), default);

        Assert.Equal(DiagnosticSeverity.Error, severities.For(s_nearMiss));
    }

    [Fact]
    public void An_edit_in_a_file_keeps_the_severities_and_a_new_file_is_read()
    {
        var provider = new PathOptions(new() { ["/p/A.cs"] = ReportDiagnostic.Suppress, ["/p/C.cs"] = ReportDiagnostic.Info });
        var compilation = Compilation(provider, "/p/A.cs", "/p/B.cs");
        Assert.Null(ConfiguredSeverities.Read(compilation, default).For(s_nearMiss));
        var reads = provider.Reads;

        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("class A { int x = 2; }", path: tree.FilePath));
        Assert.Null(ConfiguredSeverities.Read(edited, default).For(s_nearMiss));
        Assert.Equal(reads, provider.Reads);

        var added = edited.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class C { }", path: "/p/C.cs"));
        Assert.Equal(DiagnosticSeverity.Info, ConfiguredSeverities.Read(added, default).For(s_nearMiss));
    }

    [Fact]
    public void A_changed_configuration_is_read_again()
    {
        var compilation = Compilation(new PathOptions(new() { ["/p/A.cs"] = ReportDiagnostic.Warn }), "/p/A.cs");
        Assert.Equal(DiagnosticSeverity.Warning, ConfiguredSeverities.Read(compilation, default).For(s_nearMiss));

        var reconfigured = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new PathOptions(new() { ["/p/A.cs"] = ReportDiagnostic.Hidden })));

        Assert.Equal(DiagnosticSeverity.Hidden, ConfiguredSeverities.Read(reconfigured, default).For(s_nearMiss));
    }

    private static CSharpCompilation Compilation(SyntaxTreeOptionsProvider provider, params string[] paths) =>
        CSharpCompilation.Create(
            "Consumer",
            paths.Select(static p => CSharpSyntaxTree.ParseText($"class {Path.GetFileNameWithoutExtension(p)} {{ }}", path: p)),
            Array.Empty<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(provider));

    /// <summary>Options by file path, as .editorconfig sections give them; one ID configured per file.</summary>
    private sealed class PathOptions(Dictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public int Reads { get; private set; }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            Reads++;
            severity = default;
            return diagnosticId == s_nearMiss.Id && severities.TryGetValue(tree.FilePath, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = default;
            return false;
        }
    }
}
