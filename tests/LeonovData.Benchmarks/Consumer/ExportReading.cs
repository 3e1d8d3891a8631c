using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeonovData.Benchmarks.Consumer;

/// <summary>The JSON export (docs/export.md), as a .NET reader outside the generator would model it.</summary>
internal sealed class ExportDocument
{
    public string? Format { get; set; }

    public List<ExportSource> Sources { get; set; } = new();

    public List<ExportEntity> Entities { get; set; } = new();

    public List<ExportStatement> Statements { get; set; } = new();
}

internal sealed class ExportSource
{
    public string? Id { get; set; }

    public string? Path { get; set; }

    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public string? Subject { get; set; }
}

internal sealed class ExportEntity
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public List<string> Names { get; set; } = new();

    public string? Source { get; set; }

    public int Line { get; set; }

    public int Column { get; set; }

    public string? Quote { get; set; }
}

internal class ExportValue
{
    public string? Property { get; set; }

    public string? Type { get; set; }

    public JsonElement Value { get; set; }

    public string? Precision { get; set; }

    public string? Comparator { get; set; }

    public string? Source { get; set; }

    public int Line { get; set; }

    public int Column { get; set; }

    public string? Quote { get; set; }
}

internal sealed class ExportStatement : ExportValue
{
    public string? Subject { get; set; }

    public string? Rank { get; set; }

    public string? Why { get; set; }

    public List<ExportValue> Qualifiers { get; set; } = new();
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ExportDocument))]
internal sealed partial class ExportJsonContext : JsonSerializerContext
{
}

/// <summary>The baseline of touch-all: System.Text.Json (source-generated) reads the export, then every field is read once.</summary>
/// <remarks>Compiled into the benchmarks and, as it is, into the baseline's own program (JsonConsumer).</remarks>
internal static class ExportReading
{
    /// <summary>From the export as a string: the goal's method before the eighth round, in the benchmark's own process.</summary>
    public static long DeserializeAndRead(string json) => Read(JsonSerializer.Deserialize(json, ExportJsonContext.Default.ExportDocument)!);

    /// <summary>From the export's UTF-8 bytes, as a program reads it from a file.</summary>
    public static long DeserializeAndRead(byte[] utf8) => Read(JsonSerializer.Deserialize(utf8, ExportJsonContext.Default.ExportDocument)!);

    private static long Read(ExportDocument document)
    {
        long n = 0;
        foreach (var source in document.Sources)
        {
            n += (source.Id?.Length ?? 0) + (source.Path?.Length ?? 0) + (source.Published?.Length ?? 0);
        }

        foreach (var entity in document.Entities)
        {
            n += (entity.Name?.Length ?? 0) + entity.Names.Count + entity.Line + (entity.Quote?.Length ?? 0);
        }

        foreach (var statement in document.Statements)
        {
            n += Read(statement) + (statement.Subject?.Length ?? 0) + (statement.Rank?.Length ?? 0);
            foreach (var qualifier in statement.Qualifiers)
            {
                n += Read(qualifier);
            }
        }

        return n;
    }

    private static long Read(ExportValue value) =>
        (value.Property?.Length ?? 0) + (value.Type?.Length ?? 0) + (value.Value.ValueKind == JsonValueKind.Number ? value.Value.GetInt32() : value.Value.GetString()?.Length ?? 0)
        + (value.Precision?.Length ?? 0) + (value.Source?.Length ?? 0) + value.Line + value.Column + (value.Quote?.Length ?? 0);
}
