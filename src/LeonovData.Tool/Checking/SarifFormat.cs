using System.Globalization;
using System.Text.Json;
using LeonovData.Generator.Emit;
using Microsoft.CodeAnalysis;

namespace LeonovData.Tool.Checking;

/// <summary>
/// SARIF 2.1.0, the log format code-scanning services read to annotate pull requests. File URIs are
/// relative to the inputs' root (uriBaseId %SRCROOT%), so a log written in CI points into the checkout.
/// </summary>
internal static class SarifFormat
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(Report report, string root, Stream output)
    {
        var rules = report.Diagnostics.Select(static d => d.Descriptor).DistinctBy(static d => d.Id).OrderBy(static d => d.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select(static (r, i) => (r.Id, i)).ToDictionary(static p => p.Id, static p => p.i);

        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "leo");
        json.WriteString("fullName", "LeonovData leo");
        json.WriteString("version", Emitter.Version);
        json.WriteString("semanticVersion", Emitter.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("%SRCROOT%");
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Id);
            json.WriteNumber("ruleIndex", ruleIndex[diagnostic.Id]);
            json.WriteString("level", Level(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteStartArray("locations");
            if (diagnostic.Location != Location.None)
            {
                WriteLocation(json, diagnostic.Location, root, id: null);
            }

            json.WriteEndArray();
            if (diagnostic.AdditionalLocations.Count > 0)
            {
                json.WriteStartArray("relatedLocations");
                for (var i = 0; i < diagnostic.AdditionalLocations.Count; i++)
                {
                    WriteLocation(json, diagnostic.AdditionalLocations[i], root, id: i + 1);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location, string root, int? id)
    {
        var span = location.GetLineSpan();
        json.WriteStartObject();
        if (id is { } number)
        {
            json.WriteNumber("id", number);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var relative = Path.GetRelativePath(root, span.Path);
        if (Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal))
        {
            json.WriteString("uri", new Uri(span.Path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", "%SRCROOT%");
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.StartLinePosition.Line + 1);
        json.WriteNumber("startColumn", span.StartLinePosition.Character + 1);
        json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
        json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
