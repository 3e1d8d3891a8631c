namespace LeonovData.Generator.Model;

/// <summary>The MSBuild options and the consumer's target the generated code depends on.</summary>
/// <param name="Namespace">The namespace of every generated type (LeonovDataNamespace).</param>
/// <param name="Public">Whether generated types are public or internal (LeonovDataVisibility).</param>
/// <param name="Problems">Options that were invalid and fell back to their defaults.</param>
/// <param name="Utf8Data">
/// Whether the data is UTF-8, read as spans (the LeonovData.Runtime build for .NET 8 and later), rather
/// than strings (its netstandard2.0 build, for .NET Framework and older targets).
/// </param>
/// <param name="Utf8Literals">
/// Whether UTF-8 data is written as <c>u8</c> literals (C# 11 or later); without them it is a Latin-1
/// string literal of the same bytes. Either string form is bounded by <see cref="Emit.Emitter.StringLiteralLimit"/>.
/// </param>
/// <param name="Runtime">What is wrong with the consumer's reference to LeonovData.Runtime, or null when it is usable.</param>
internal sealed record GeneratorOptions(string Namespace, bool Public, EquatableArray<DiagnosticInfo> Problems, bool Utf8Data = true, bool Utf8Literals = true, string? Runtime = null)
{
    /// <summary>Whether the data is written as <c>u8</c> literals: UTF-8 data, and C# that has them.</summary>
    public bool U8Literals => Utf8Data && Utf8Literals;

    public static readonly GeneratorOptions Default = new("LeonovData", true, EquatableArray<DiagnosticInfo>.Empty);
}
