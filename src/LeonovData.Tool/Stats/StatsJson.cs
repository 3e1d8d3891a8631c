using System.Text.Json;

namespace LeonovData.Tool.Stats;

/// <summary>The figures as JSON (docs/cli.md), for dashboards and CI gates.</summary>
internal static class StatsJson
{
    public static void Write(CorpusStats stats, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("documents");
        foreach (var document in stats.Documents)
        {
            json.WriteStartObject();
            json.WriteString("path", document.Path);
            json.WriteNumber("spans", document.Spans);
            json.WriteNumber("statements", document.Statements);
            json.WriteNumber("entities", document.Entities);
            Counts(json, "spansByKind", document.SpansByKind);
            Counts(json, "precision", document.Precisions);
            json.WriteStartArray("unannotated");
            foreach (var candidate in document.Unannotated)
            {
                json.WriteStartObject();
                json.WriteNumber("line", candidate.Line);
                json.WriteNumber("column", candidate.Column);
                json.WriteString("text", candidate.Text);
                json.WriteString("kind", candidate.Kind);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Counts(json, "spansByKind", stats.SpansByKind);
        Counts(json, "statementsByType", stats.StatementsByType);
        Counts(json, "entitiesByKind", stats.EntitiesByKind);
        Counts(json, "precision", stats.Precisions);
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void Counts(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, int> counts)
    {
        json.WriteStartObject(name);
        foreach (var (key, count) in counts)
        {
            json.WriteNumber(key, count);
        }

        json.WriteEndObject();
    }
}
