using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace LeonovData.Tool.Exporting;

/// <summary>
/// RFC 4180 CSV, one statement a row. Columns are the statements' fields in the order the export
/// first uses them; a nested object becomes dotted columns (<c>citation.line</c>), and a list (the
/// qualifiers) one cell of compact JSON, so no value is lost and every row has every column.
/// </summary>
internal static class CsvWriter
{
    public static void Write(JsonDocument export, TextWriter output)
    {
        var rows = StatementRows.Read(export).Select(Flatten).ToList();
        var columns = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in rows.SelectMany(static row => row.Keys))
        {
            if (known.Add(column))
            {
                columns.Add(column);
            }
        }

        using var csv = new CsvHelper.CsvWriter(output, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                csv.WriteField(row.TryGetValue(column, out var value) ? value : string.Empty);
            }

            csv.NextRecord();
        }
    }

    private static Dictionary<string, string> Flatten(JsonElement statement)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(row, prefix: null, statement);
        return row;
    }

    // Insertion order of a Dictionary without removals is enumeration order: columns follow the export.
    private static void Add(Dictionary<string, string> row, string? prefix, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in value.EnumerateObject())
            {
                Add(row, prefix is null ? property.Name : prefix + "." + property.Name, property.Value);
            }

            return;
        }

        row[prefix ?? "value"] = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Null => string.Empty,
            JsonValueKind.Array => value.GetArrayLength() == 0 ? string.Empty : value.GetRawText(),
            _ => value.GetRawText(),
        };
    }
}
