namespace LeonovData.Generator.Tests.TestSupport;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

/// <summary>
/// The framework assemblies a test compilation references: the running runtime's trusted platform
/// assemblies (Basic.Reference.Assemblies is not served by this project's registry). Implementation
/// assemblies compile like reference assemblies for the code the generator emits.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(Load);

    public static ImmutableArray<MetadataReference> Framework => s_framework.Value;

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
