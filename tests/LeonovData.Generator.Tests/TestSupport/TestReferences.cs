namespace LeonovData.Generator.Tests.TestSupport;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

/// <summary>
/// What a test compilation references, as a .NET consumer of the package does: the running runtime's
/// trusted platform assemblies (implementation assemblies compile like reference assemblies for the
/// code the generator emits), and LeonovData.Runtime's net8.0 build, which the package adds.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_frameworkOnly = new(Load);


    /// <summary>The framework and LeonovData.Runtime (net8.0).</summary>
    public static ImmutableArray<MetadataReference> Framework => s_framework.Value;

    /// <summary>The framework alone: a consumer without LeonovData.Runtime (LEO0503).</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly => s_frameworkOnly.Value;

    /// <summary>LeonovData.Runtime's net8.0 build (UTF-8 data).</summary>
    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(RuntimePath("net8.0"));

    /// <summary>LeonovData.Runtime's netstandard2.0 build (string data), for .NET Framework and netstandard2.0 consumers.</summary>
    public static MetadataReference LegacyRuntime { get; } = MetadataReference.CreateFromFile(RuntimePath("netstandard2.0"));

    /// <summary>Where the tests' build copied a build of LeonovData.Runtime (tests/RuntimeBuilds.targets).</summary>
    public static string RuntimePath(string framework) => Path.Combine(AppContext.BaseDirectory, "runtime", framework, "LeonovData.Runtime.dll");

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(static () => s_frameworkOnly.Value.Add(Runtime));

    private static ImmutableArray<MetadataReference> Load()
    {
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")
            ?? throw new InvalidOperationException("the runtime does not list its trusted platform assemblies");

        // Only the shared framework: the test's own dependencies (xunit, Roslyn) are not what a consumer references.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Where(static path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .OrderBy(static path => path, StringComparer.Ordinal)
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
