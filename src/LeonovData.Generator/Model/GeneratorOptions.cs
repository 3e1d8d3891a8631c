namespace LeonovData.Generator.Model;

/// <summary>The MSBuild options (docs/msbuild.md) the generated code depends on.</summary>
/// <param name="Namespace">The namespace of every generated type (LeonovDataNamespace).</param>
/// <param name="Public">Whether generated types are public or internal (LeonovDataVisibility).</param>
/// <param name="Problems">Options that were invalid and fell back to their defaults.</param>
internal sealed record GeneratorOptions(string Namespace, bool Public, EquatableArray<DiagnosticInfo> Problems)
{
    public static readonly GeneratorOptions Default = new("LeonovData", true, EquatableArray<DiagnosticInfo>.Empty);
}
