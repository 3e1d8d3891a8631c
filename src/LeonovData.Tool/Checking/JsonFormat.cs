using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace LeonovData.Tool.Checking;

/// <summary>
/// The diagnostics as data (docs/cli.md): an array of objects with id, severity, message, file,
/// one-based line and column of start and end, the help link, and the other locations of a conflict.
/// </summary>
internal static class JsonFormat
{
    public static void Write(Report report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", Severity(diagnostic.Severity));
            json.WriteString("message", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            WriteLocation(json, diagnostic.Location);
            json.WriteString("helpUri", diagnostic.Descriptor.HelpLinkUri);
            json.WriteStartArray("additionalLocations");
            foreach (var other in diagnostic.AdditionalLocations)
            {
                json.WriteStartObject();
                WriteLocation(json, other);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        if (location == Location.None)
        {
            json.WriteNull("file");
            return;
        }

        var span = location.GetLineSpan();
        json.WriteString("file", span.Path);
        json.WriteNumber("line", span.StartLinePosition.Line + 1);
        json.WriteNumber("column", span.StartLinePosition.Character + 1);
        json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
        json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
    }
}
