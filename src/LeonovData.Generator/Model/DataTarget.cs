namespace LeonovData.Generator.Model;

/// <summary>What the consumer's compilation reads the generated data with (<see cref="Stages.Target"/>).</summary>
/// <param name="Utf8Data">Whether the data can be read as spans (data literals read in place, <c>u8</c> literals past their budget): C# 11 or later, and LeonovData.Runtime's net8.0 build.</param>
/// <param name="Runtime">What is wrong with its reference to LeonovData.Runtime, or null.</param>
internal readonly record struct DataTarget(bool Utf8Data, string? Runtime);
