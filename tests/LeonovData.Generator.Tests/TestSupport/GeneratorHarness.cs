namespace LeonovData.Generator.Tests.TestSupport;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// Drives <see cref="LeonovGenerator"/> the way the compiler does: in-memory additional files,
/// MSBuild options as <c>build_property.*</c>, and step tracking on so tests can assert on caching.
/// </summary>
internal static class GeneratorHarness
{
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new LeonovGenerator().AsSourceGenerator() },
            files,
            TestCompilation.ParseOptions,
            options ?? TestOptionsProvider.Empty,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over the files with the given MSBuild properties and consumer sources.</summary>
    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? properties = null, params string[] sources)
    {
        var driver = CreateDriver(Texts(files), TestOptionsProvider.FromProperties(properties));
        return Run(driver, TestCompilation.Create(sources.Length == 0 ? new[] { TestCompilation.UnrelatedSource } : sources));
    }

    /// <summary>Runs a driver (new or from an earlier run) over a compilation.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        var next = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(next, output, diagnostics);
    }

    public static IReadOnlyList<AdditionalText> Texts(IEnumerable<(string Path, string Text)> files) =>
        files.Select(static f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
}
