namespace LeonovData.Package.Tests.TestSupport;

using System.Text.RegularExpressions;
using Xunit;

/// <summary>Assertions on what a consumer build printed.</summary>
internal static partial class BuildAssert
{
    /// <summary>
    /// The compiler's reports that it could not load or run the generator: CS9057 (built against a
    /// newer Roslyn than the compiler's), CS8032 (not loadable), CS8784/CS8785 (failed to initialise
    /// or to generate). Each leaves the build without generated types, or succeeding without data.
    /// </summary>
    private static readonly string[] s_generatorNotLoaded = { "CS9057", "CS8032", "CS8784", "CS8785" };

    /// <summary>The build succeeded with no warning or error at all, and the generator was loaded.</summary>
    public static void Clean(CommandResult build)
    {
        Assert.True(build.ExitCode == 0, "the build failed:\n" + build);
        GeneratorLoaded(build);
        var problems = Problems(build).ToList();
        Assert.True(problems.Count == 0, $"the build reported {string.Join("; ", problems)}:\n{build}");
    }

    public static void GeneratorLoaded(CommandResult build)
    {
        foreach (var id in s_generatorNotLoaded)
        {
            Assert.False(build.Output.Contains(id, StringComparison.Ordinal), $"{id} in the build output: the generator did not run\n{build}");
        }
    }

    /// <summary>The build failed, and for the reason given: it did not fail to load the generator.</summary>
    public static void Failed(CommandResult build)
    {
        Assert.True(build.ExitCode != 0, "the build succeeded, but should have failed:\n" + build);
        GeneratorLoaded(build);
    }

    /// <summary>Every "warning ID:" or "error ID:" the build printed, located or not (CSC : warning CS9057).</summary>
    public static IEnumerable<string> Problems(CommandResult build) =>
        ProblemLine().Matches(build.Output).Select(static m => m.Value).Distinct();

    /// <summary>The diagnostics with this ID, as printed.</summary>
    public static IReadOnlyList<BuildDiagnostic> WithId(CommandResult build, string id) =>
        build.Diagnostics.Where(d => d.Id == id).ToList();

    [GeneratedRegex(@"\b(?:warning|error) [A-Z]{2,}\d{3,}\b")]
    private static partial Regex ProblemLine();
}
