using System.Globalization;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using Microsoft.CodeAnalysis;

namespace LeonovData.Tool.Checking;

/// <summary>
/// The diagnostics of a run as a build reports them: each at the severity the .editorconfig gives
/// its ID (those turned off left out, hidden ones never shown), in file, line and column order.
/// </summary>
internal sealed class Report
{
    private Report(IReadOnlyList<Diagnostic> diagnostics) => Diagnostics = diagnostics;

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public int Errors => Diagnostics.Count(static d => d.Severity == DiagnosticSeverity.Error);

    public int Warnings => Diagnostics.Count(static d => d.Severity == DiagnosticSeverity.Warning);

    public static Report Of(IEnumerable<DiagnosticInfo> found, ConfiguredSeverities severities) =>
        new(found
            .Select(info => info.ToDiagnostic(severities))
            .OfType<Diagnostic>()
            .Where(static d => d.Severity != DiagnosticSeverity.Hidden)
            .OrderBy(static d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(static d => d.Location.GetLineSpan().StartLinePosition)
            .ThenBy(static d => d.Id, StringComparer.Ordinal)
            .ThenBy(static d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToList());

    /// <summary>The counts line printed after the diagnostics, as a build prints its own.</summary>
    public string Summary(int documents) =>
        $"{Count(Errors, "error")}, {Count(Warnings, "warning")} in {Count(documents, "document")}";

    private static string Count(int n, string what) => n.ToString(CultureInfo.InvariantCulture) + " " + what + (n == 1 ? "" : "s");
}
