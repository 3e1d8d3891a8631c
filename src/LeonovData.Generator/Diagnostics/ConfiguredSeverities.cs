using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
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

    // The options of the last trees read, per options provider. A keystroke in a C# file makes a new
    // compilation with the same provider and the same file paths, so this answers it without asking
    // every tree for every LEO ID again (8.5 ms in a 2,000-file project). Weak keys: a provider that
    // is no longer used takes its entry with it, and no compilation is kept alive.
    private static readonly ConditionalWeakTable<SyntaxTreeOptionsProvider, StrongBox<LastRead?>> s_lastRead = new();

    /// <summary>
    /// Reads every LEO ID's severity from the options of the project's C# files. Where files are
    /// configured differently, the strictest wins: a setting never hides what another file asks to see.
    /// </summary>
    /// <remarks>
    /// A provider gives a tree's options by the tree's file path (that is what .editorconfig sections
    /// match), so the same provider and the same paths give the same severities.
    /// </remarks>
    public static ConfiguredSeverities Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is null)
        {
            return None;
        }

        var paths = new string[compilation.SyntaxTrees.Count()];
        var i = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            paths[i++] = tree.FilePath;
        }

        // Runs can overlap (an IDE); each replaces the whole entry, so a reader sees one read or another.
        var box = s_lastRead.GetValue(provider, static _ => new StrongBox<LastRead?>());
        if (Volatile.Read(ref box.Value) is { } last && last.IsFor(paths))
        {
            return last.Severities;
        }

        var severities = Read(compilation, provider, cancellationToken);
        Volatile.Write(ref box.Value, new LastRead(paths, severities));
        return severities;
    }

    private static ConfiguredSeverities Read(Compilation compilation, SyntaxTreeOptionsProvider provider, CancellationToken cancellationToken)
    {
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

    private sealed class LastRead
    {
        private readonly string[] _paths;

        public LastRead(string[] paths, ConfiguredSeverities severities)
        {
            _paths = paths;
            Severities = severities;
        }

        public ConfiguredSeverities Severities { get; }

        public bool IsFor(string[] paths)
        {
            if (paths.Length != _paths.Length)
            {
                return false;
            }

            for (var i = 0; i < paths.Length; i++)
            {
                if (!string.Equals(paths[i], _paths[i], System.StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
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
