using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// Per-file diagnostic options as a build with an .editorconfig gives them (the compiler's own
/// provider is internal): every C# file has its options, and one ID is configured, so reading
/// severities costs what it costs in a real project.
/// </summary>
internal sealed class TreeOptions(ImmutableDictionary<string, ReportDiagnostic> options) : SyntaxTreeOptionsProvider
{
    public static readonly TreeOptions EditorConfig = new(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("LEO0308", ReportDiagnostic.Warn).Add("CA1822", ReportDiagnostic.Suppress));

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        options.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        options.TryGetValue(diagnosticId, out severity);
}
