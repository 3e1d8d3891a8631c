using System.Text.Json;

namespace LeonovData.Tool.Exporting;

/// <summary>
/// The statements of an export document, one by one: read back from the JSON that
/// <c>Dataset.ToJson()</c> wrote, so the line and row formats carry exactly what it carries. The
/// document is either the statements themselves (an array) or an object that lists them under
/// <c>statements</c> beside its sources and entities (docs/export.md).
/// </summary>
internal static class StatementRows
{
    public static IEnumerable<JsonElement> Read(JsonDocument export)
    {
        var root = export.RootElement;
        var statements = root.ValueKind switch
        {
            JsonValueKind.Array => root,
            JsonValueKind.Object when root.TryGetProperty("statements", out var listed) && listed.ValueKind == JsonValueKind.Array => listed,
            _ => throw new ExportException("the export document lists no statements"),
        };
        return statements.EnumerateArray();
    }
}
