namespace LeonovData.Generator.Model;

/// <summary>The MSBuild options and the consumer's target the generated code depends on.</summary>
/// <param name="Namespace">The namespace of every generated type (LeonovDataNamespace).</param>
/// <param name="Public">Whether generated types are public or internal (LeonovDataVisibility).</param>
/// <param name="Problems">Options that were invalid and fell back to their defaults.</param>
/// <param name="Utf8Data">
/// Whether the data is read in place as spans (C# 11 or later and LeonovData.Runtime's net8.0 build):
/// data literals the runtime finds in the assembly's metadata (<see cref="Emit.PackedLiteral"/>), and
/// UTF-8 <c>u8</c> literals past their budget; rather than string literals of the same UTF-8 bytes, one
/// char each, which every target and C# version compiles and both builds of the runtime read (bounded
/// by <see cref="Emit.Emitter.StringLiteralLimit"/>).
/// </param>
internal sealed record GeneratorOptions(string Namespace, bool Public, EquatableArray<DiagnosticInfo> Problems, bool Utf8Data = true, string? Runtime = null)
{

    public static readonly GeneratorOptions Default = new("LeonovData", true, EquatableArray<DiagnosticInfo>.Empty);
}
