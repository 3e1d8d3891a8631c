namespace LeonovData.Generator.Tests.TestSupport;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

/// <summary>
/// One run of the generator driver: what it generated and reported, and the consumer's compilation
/// with the generated code added, whose diagnostics say whether that code compiles cleanly.
/// </summary>
internal sealed class GeneratorRun
{
    private readonly Lazy<ImmutableArray<Diagnostic>> _compilationDiagnostics;

    public GeneratorRun(GeneratorDriver driver, Compilation outputCompilation, ImmutableArray<Diagnostic> driverDiagnostics)
    {
        Driver = driver;
        OutputCompilation = outputCompilation;
        DriverDiagnostics = driverDiagnostics;
        Result = driver.GetRunResult().Results.Single();
        _compilationDiagnostics = new(() => outputCompilation.GetDiagnostics());
    }

    /// <summary>The driver after this run; run it again to test caching.</summary>
    public GeneratorDriver Driver { get; }

    public GeneratorRunResult Result { get; }

    public ImmutableArray<GeneratedSourceResult> Sources => Result.GeneratedSources;

    /// <summary>What the generator reported (LEO diagnostics), in a stable order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics
        .OrderBy(static d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
        .ThenBy(static d => d.Location.SourceSpan.Start)
        .ThenBy(static d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>What the driver itself reported; a generator that throws shows up here as CS8785.</summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

    public Compilation OutputCompilation { get; }

    /// <summary>Every diagnostic of the consumer's compilation with the generated code in it.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics.Value;

    public string Source(string hintName) =>
        Sources.SingleOrDefault(s => s.HintName == hintName).SourceText?.ToString()
        ?? throw new InvalidOperationException($"no generated source '{hintName}'; generated: {string.Join(", ", Sources.Select(static s => s.HintName))}");

    /// <summary>Errors and warnings of the compilation, formatted as a build prints them.</summary>
    public IReadOnlyList<string> CompilationProblems => CompilationDiagnostics
        .Where(static d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
        .Select(static d => d.ToString())
        .ToList();
}
