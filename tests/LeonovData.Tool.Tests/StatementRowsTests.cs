using System.Text;
using System.Text.Json;
using LeonovData.Tool.Exporting;

namespace LeonovData.Tool.Tests;

/// <summary>
/// The line and row formats are read back from whatever document Dataset.ToJson() writes: a bare
/// array of statements today, a versioned {format, sources, entities, statements} document tomorrow.
/// </summary>
public sealed class StatementRowsTests
{
    private const string Versioned = """
        {"format": "leonovdata/2", "sources": [{"id": "a"}], "entities": [],
         "statements": [
           {"subject": "s", "property": "p", "value": 7, "citation": {"document": "Documents/a.leo", "line": 2, "column": 5}, "qualifiers": []},
           {"subject": "s", "property": "q", "value": "say \"hi\", then go", "citation": {"document": "b.leo", "line": 3, "column": 1}, "qualifiers": [{"property": "date", "value": "1965"}], "why": null}
         ]}
        """;

    [Fact]
    public void A_versioned_document_gives_one_row_per_statement_with_nested_fields_as_dotted_columns()
    {
        using var export = JsonDocument.Parse(Versioned);
        var csv = new StringWriter();

        CsvWriter.Write(export, csv);

        Assert.Equal(
            "subject,property,value,citation.document,citation.line,citation.column,qualifiers,why\r\n"
            + "s,p,7,Documents/a.leo,2,5,,\r\n"
            + "s,q,\"say \"\"hi\"\", then go\",b.leo,3,1,\"[{\"\"property\"\": \"\"date\"\", \"\"value\"\": \"\"1965\"\"}]\",\r\n",
            csv.ToString());
    }

    [Fact]
    public void Json_lines_are_the_statements_objects_compact()
    {
        using var export = JsonDocument.Parse(Versioned);
        using var output = new MemoryStream();

        JsonLinesWriter.Write(export, output);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("""{"subject":"s","property":"p","value":7,"citation":{"document":"Documents/a.leo","line":2,"column":5},"qualifiers":[]}""", lines[0]);
    }

    [Fact]
    public void A_document_without_statements_is_an_export_error_not_an_empty_file()
    {
        using var export = JsonDocument.Parse("""{"format": "x"}""");

        Assert.Throws<ExportException>(() => CsvWriter.Write(export, new StringWriter()));
    }
}
