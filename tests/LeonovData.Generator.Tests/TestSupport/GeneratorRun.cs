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

    /// <summary>Everything the driver reported: the generator's LEO diagnostics, and CS8785 if the generator threw.</summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

    public Compilation OutputCompilation { get; }

    /// <summary>The generator never crashes: no exception escaped it (CS8785) and it caught none itself (LEO0901).</summary>
    public void AssertDidNotCrash()
    {
        var crashes = DriverDiagnostics.Where(static d => !d.Id.StartsWith("LEO", StringComparison.Ordinal) || d.Id == "LEO0901").ToList();
        Xunit.Assert.True(Result.Exception is null && crashes.Count == 0, $"The generator crashed: {Result.Exception}\n{string.Join("\n", crashes)}");
    }

    /// <summary>Every diagnostic of the consumer's compilation with the generated code in it.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics.Value;

    public string Source(string hintName) =>
        Sources.SingleOrDefault(s => s.HintName == hintName).SourceText?.ToString()
        ?? throw new InvalidOperationException($"no generated source '{hintName}'; generated: {string.Join(", ", Sources.Select(static s => s.HintName))}");

    /// <summary>The data files (<c>LeonovData.DataNN.g.cs</c>), in shard order, as one text, their data literals decoded (<see cref="PackedData.Readable"/>).</summary>
    public string Data => string.Join("\n", Sources
        .Where(static s => s.HintName.StartsWith("LeonovData.Data", StringComparison.Ordinal))
        .OrderBy(static s => s.HintName, StringComparer.Ordinal)
        .Select(static s => PackedData.Readable(s.SourceText.ToString())));

    /// <summary>The consumer's compilation, generated code included, has no error and no warning.</summary>
    public void AssertCompilesCleanly() =>
        Xunit.Assert.True(CompilationProblems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", CompilationProblems.Take(10)));

    /// <summary>Errors and warnings of the compilation, formatted as a build prints them.</summary>
    public IReadOnlyList<string> CompilationProblems => CompilationDiagnostics
        .Where(static d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
        .Select(static d => d.ToString())
        .ToList();
}
