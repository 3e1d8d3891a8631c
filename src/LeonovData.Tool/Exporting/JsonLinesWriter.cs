using System.Text.Json;

namespace LeonovData.Tool.Exporting;

/// <summary>JSON Lines: each statement of the export as one compact JSON object on its own line.</summary>
internal static class JsonLinesWriter
{
    public static void Write(JsonDocument export, Stream output)
    {
        foreach (var statement in StatementRows.Read(export))
        {
            using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                statement.WriteTo(json);
            }

            output.WriteByte((byte)'\n');
        }
    }
}
