using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LeonovData.Tool.Inputs;

/// <summary>
/// The <c>build_property.*</c> values a project's build hands the generator (docs/msbuild.md), here
/// from the command line, so <see cref="LeonovData.Generator.Stages.ReadOptions"/> reads them exactly
/// as it reads a build's. Keys compare case-insensitively, as the compiler's do.
/// </summary>
internal sealed class BuildProperties(string projectDirectory, string? ns, string? visibility, bool includeLeonov) : AnalyzerConfigOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["build_property.LeonovDataNamespace"] = ns ?? "LeonovData",
        ["build_property.LeonovDataVisibility"] = visibility ?? "public",
        ["build_property.LeonovDataIncludeLeonovCorpus"] = includeLeonov ? "true" : "false",
        // The SDK's own: what the project folder is, with its trailing separator.
        ["build_property.ProjectDir"] = Path.TrimEndingDirectorySeparator(projectDirectory) + Path.DirectorySeparatorChar,
        ["build_property.MSBuildProjectDirectory"] = Path.TrimEndingDirectorySeparator(projectDirectory),
        // Where the bundled corpus lives, so its documents keep their bare names and step aside as in a build.
        ["build_property._LeonovDataCorpusPath"] = Path.TrimEndingDirectorySeparator(BundledCorpus.Directory) + Path.DirectorySeparatorChar,
    };

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

    public override IEnumerable<string> Keys => _values.Keys;
}
