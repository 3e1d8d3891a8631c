using System.Collections.Generic;
using System.Threading;
using LeonovData.Generator.Model;
using Microsoft.CodeAnalysis;

namespace LeonovData.Generator.Diagnostics;

/// <summary>One LEO ID whose severity an .editorconfig sets (dotnet_diagnostic.LEO0308.severity = none).</summary>
internal sealed record ConfiguredSeverity(string Id, ReportDiagnostic Severity);

/// <summary>
/// The per-ID severities that .editorconfig files set for the project's C# files.
/// The compiler applies an .editorconfig severity only to a diagnostic inside a syntax tree, and a
/// LEO diagnostic points into a .leo file, so without this <c>dotnet_diagnostic.LEO0308.severity</c>
/// would be read and silently ignored. The generator applies these itself; a .globalconfig or
/// NoWarn is applied by the compiler afterwards, as for any diagnostic, and wins.
/// </summary>
/// <remarks>
/// Caching contract: plain, equatable data read from the compilation's options only. It is
/// recomputed when the compilation changes and compares equal unless a severity changed, so the
/// reports that depend on it re-run only then.
/// </remarks>
internal sealed record ConfiguredSeverities(EquatableArray<ConfiguredSeverity> Values)
{
    public static readonly ConfiguredSeverities None = new(EquatableArray<ConfiguredSeverity>.Empty);

    /// <summary>
    /// Reads every LEO ID's severity from the options of the project's C# files. Where files are
    /// configured differently, the strictest wins: a setting never hides what another file asks to see.
    /// </summary>
    public static ConfiguredSeverities Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is null)
        {
            return None;
        }

        var values = new List<ConfiguredSeverity>();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            ReportDiagnostic? strictest = null;
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var severity)
                    && severity != ReportDiagnostic.Default
                    && (strictest is null || Rank(severity) > Rank(strictest.Value)))
                {
                    strictest = severity;
                }
            }

            if (strictest is { } configured)
            {
                values.Add(new ConfiguredSeverity(descriptor.Id, configured));
            }
        }

        values.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return values.Count == 0 ? None : new ConfiguredSeverities(values.ToEquatableArray());
    }

    /// <summary>The severity to report <paramref name="descriptor"/> with, or null when it is turned off.</summary>
    public DiagnosticSeverity? For(DiagnosticDescriptor descriptor)
    {
        foreach (var value in Values)
        {
            if (value.Id == descriptor.Id)
            {
                return value.Severity switch
                {
                    ReportDiagnostic.Error => DiagnosticSeverity.Error,
                    ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
                    ReportDiagnostic.Info => DiagnosticSeverity.Info,
                    ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
                    ReportDiagnostic.Suppress => null,
                    _ => descriptor.DefaultSeverity,
                };
            }
        }

        return descriptor.DefaultSeverity;
    }

    private static int Rank(ReportDiagnostic severity) => severity switch
    {
        ReportDiagnostic.Suppress => 0,
        ReportDiagnostic.Hidden => 1,
        ReportDiagnostic.Info => 2,
        ReportDiagnostic.Warn => 3,
        _ => 4,
    };
}
