namespace LeonovData.Generator.Model;

/// <summary>The MSBuild options and the consumer's target the generated code depends on.</summary>
/// <param name="Namespace">The namespace of every generated type (LeonovDataNamespace).</param>
/// <param name="Public">Whether generated types are public or internal (LeonovDataVisibility).</param>
/// <param name="Problems">Options that were invalid and fell back to their defaults.</param>
/// <param name="Utf8Data">
/// Whether the data is stored as UTF-8 <c>u8</c> literals (C# 11 or later, and a target whose
/// <c>System.Text.Encoding</c> decodes a <c>ReadOnlySpan&lt;byte&gt;</c>) rather than string literals
/// (C# 9 and 10, netstandard2.0, .NET Framework); see <see cref="Emit.Emitter.StringLiteralLimit"/>.
/// </param>
internal sealed record GeneratorOptions(string Namespace, bool Public, EquatableArray<DiagnosticInfo> Problems, bool Utf8Data = true)
{
    public static readonly GeneratorOptions Default = new("LeonovData", true, EquatableArray<DiagnosticInfo>.Empty);
}
