namespace LeonovData.Generator.Model;

/// <summary>What the consumer's compilation reads the generated data with (<see cref="Stages.Target"/>).</summary>
/// <param name="Utf8Data">Whether its LeonovData.Runtime reads UTF-8 spans (net8.0) rather than strings (netstandard2.0).</param>
/// <param name="Utf8Literals">Whether its C# has <c>u8</c> literals (C# 11 or later).</param>
/// <param name="Runtime">What is wrong with its reference to LeonovData.Runtime, or null.</param>
internal readonly record struct DataTarget(bool Utf8Data, bool Utf8Literals, string? Runtime);
