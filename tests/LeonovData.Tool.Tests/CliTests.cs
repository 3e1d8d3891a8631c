using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LeonovData.Tool.Tests.TestSupport;

namespace LeonovData.Tool.Tests;

/// <summary>What each command promises in docs/cli.md: formats, exit codes, severities, stripping, coverage.</summary>
public sealed partial class CliTests
{
    private const string Typo = "{#refit .source kind=note subject=marlin}\nThe [Marlin]{.ship e=marlin} was refitted at [Port Elery]{.place e=port-elery}.\n";

    [Fact]
    public void A_planted_typo_is_reported_at_its_line_and_column_and_fails_the_check()
    {
        var folder = Harbour.Create("typo", Typo);

        var leo = Leo.Invoke(folder, "check");

        Assert.Equal(1, leo.ExitCode);
        var line = Assert.Single(leo.Lines);
        Assert.StartsWith(Path.Combine(folder, "docs", "refit.leo") + "(2,", line, StringComparison.Ordinal);
        Assert.Matches(@"\(2,\d+\): error LEO\d{4}: .*'port-elery'.*port-ellery", line);
        // Redirected, so no progress: standard error holds the summary alone.
        Assert.Equal("1 error, 0 warnings in 2 documents\n", leo.Error);
    }

    [Fact]
    public void A_qualifier_the_property_does_not_take_fails_the_check()
    {
        // The CLI runs the generator's stages, so qualifiers= restricts what a document may attach.
        const string refit = "{#refit .source kind=note subject=marlin}\nThe [Marlin]{.ship e=marlin} was refitted at [Port Ellery]{.place e=port-ellery p=built-at #yard} in [1902]{.date on=yard p=date}.\n";
        var folder = Harbour.Create("qualifiers", refit);
        var schema = Path.Combine(folder, "docs", "harbour.leoschema");
        File.WriteAllText(schema, File.ReadAllText(schema).Replace("{.property #built-at of=ship type=place doc=", "{.qualifier #date type=date doc=\"When it happened.\"}\n{.property #built-at of=ship type=place qualifiers=\"\" doc=", StringComparison.Ordinal));

        var leo = Leo.Invoke(folder, "check");

        Assert.Equal(1, leo.ExitCode);
        Assert.Equal(
            Path.Combine(folder, "docs", "refit.leo") + "(2,102): error LEO0219: property 'built-at' of ship does not take the qualifier 'date'; it takes no qualifier: remove this one, or add 'date' to the property's qualifiers= in the schema",
            Assert.Single(leo.Lines));
    }

    [Fact]
    public void Progress_shows_on_a_terminal_and_never_when_redirected()
    {
        var folder = Harbour.Create("progress");

        // script(1) runs the tool on a pseudo-terminal, as a person at a shell does.
        var terminal = Leo.Process("script", ["-qec", $"dotnet '{Leo.Assembly}' check", "/dev/null"], folder);
        var redirected = Leo.Invoke(folder, "check");

        Assert.True(terminal.ExitCode == 0, terminal.ToString());
        Assert.Contains("\rBinding and checking…", terminal.Text, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings in 2 documents", terminal.Text, StringComparison.Ordinal);
        Assert.Equal("0 errors, 0 warnings in 2 documents\n", redirected.Error);
    }

    [Fact]
    public void Json_and_sarif_carry_the_same_diagnostics_as_the_text()
    {
        var folder = Harbour.Create("formats", Typo);
        var text = Leo.Invoke(folder, "check", "-q");

        var json = Leo.Invoke(folder, "check", "-q", "--format", "json");
        var sarif = Leo.Invoke(folder, "check", "-q", "--format", "sarif");

        Assert.Equal((1, 1), (json.ExitCode, sarif.ExitCode));
        using var diagnostics = JsonDocument.Parse(json.Output);
        var only = Assert.Single(diagnostics.RootElement.EnumerateArray().ToList());
        Assert.Equal($"{only.GetProperty("file").GetString()}({only.GetProperty("line").GetInt32()},{only.GetProperty("column").GetInt32()}): {only.GetProperty("severity").GetString()} {only.GetProperty("id").GetString()}: {only.GetProperty("message").GetString()}", Assert.Single(text.Lines));

        using var log = JsonDocument.Parse(sarif.Output);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray().ToList());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray().ToList());
        Assert.Equal(only.GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("docs/refit.leo", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(only.GetProperty("column").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal(result.GetProperty("ruleId").GetString(), run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
    }

    // The package's SeverityTests table: what a build does with each configuration of LEO0308.
    public static TheoryData<string, string, string, string?> Severities => new()
    {
        { "nothing configured", "", "", "warning" },
        { ".editorconfig [*] none", ".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.LEO0308.severity = none\n", null },
        { ".editorconfig [*.cs] error", ".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.LEO0308.severity = error\n", "error" },
        { ".editorconfig [*.leo] error (a build ignores it)", ".editorconfig", "root = true\n\n[*.leo]\ndotnet_diagnostic.LEO0308.severity = error\n", "warning" },
        { ".globalconfig none", ".globalconfig", "is_global = true\ndotnet_diagnostic.LEO0308.severity = none\n", null },
    };

    [Theory]
    [MemberData(nameof(Severities))]
    public void Severities_follow_the_editorconfig_as_in_a_build(string configuration, string file, string text, string? expected)
    {
        var folder = Harbour.Create("severity", "{#refit .source kind=note subject=marlin}\nThe [Marlyn]{.ship e=marlin} was repainted.\n");
        if (file.Length > 0)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        var leo = Leo.Invoke(folder, "check", "-q");

        if (expected is null)
        {
            Assert.True(leo.Lines.Count == 0 && leo.ExitCode == 0, configuration + "\n" + leo);
            return;
        }

        var line = Assert.Single(leo.Lines);
        Assert.Contains($"refit.leo(2,5): {expected} LEO0308: 'Marlyn' is one edit away from 'Marlin'", line, StringComparison.Ordinal);
        Assert.Equal(expected == "error" ? 1 : 0, leo.ExitCode);
    }

    [Fact]
    public void Csv_opens_in_Pythons_csv_module_with_a_row_per_statement_and_jsonl_has_a_line_per_statement()
    {
        var folder = Harbour.Create("csv");
        var json = Leo.Invoke(folder, "export", "-q");
        var csvFile = Path.Combine(folder, "facts.csv");
        var csv = Leo.Invoke(folder, "export", "-q", "--format", "csv", "-o", csvFile);
        var jsonl = Leo.Invoke(folder, "export", "-q", "--format", "jsonl");
        Assert.Equal((0, 0, 0), (json.ExitCode, csv.ExitCode, jsonl.ExitCode));

        using var export = JsonDocument.Parse(json.Output);
        var statements = (export.RootElement.ValueKind == JsonValueKind.Array ? export.RootElement : export.RootElement.GetProperty("statements")).EnumerateArray().ToList();
        var python = Leo.Process("python3", ["-c", "import csv,json,sys\nrows=list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\nprint(json.dumps(rows))", csvFile], folder);
        Assert.True(python.ExitCode == 0, python.ToString());
        using var rows = JsonDocument.Parse(python.Output);
        Assert.Equal(statements.Count, rows.RootElement.GetArrayLength());
        for (var i = 0; i < statements.Count; i++)
        {
            Assert.Equal(statements[i].GetProperty("subject").GetString(), rows.RootElement[i].GetProperty("subject").GetString());
            Assert.Equal(Scalar(statements[i].GetProperty("value")), rows.RootElement[i].GetProperty("value").GetString());
        }

        Assert.Equal(statements.Count, jsonl.Lines.Count);
        Assert.All(jsonl.Lines.Zip(statements), pair => Assert.Equal(pair.Second.GetProperty("property").GetString(), JsonDocument.Parse(pair.First).RootElement.GetProperty("property").GetString()));
    }

    [Fact]
    public void Strip_gives_back_the_source_text_the_header_checksum_was_taken_of()
    {
        var checkedDocuments = 0;
        foreach (var document in Directory.GetFiles(Repository.Seeds, "*.leo"))
        {
            var header = Sha256().Match(File.ReadLines(document).First());
            var leo = Leo.Invoke(Repository.Seeds, "strip", document);
            Assert.True(leo.ExitCode == 0, leo.ToString());
            Assert.DoesNotContain("]{", leo.Text, StringComparison.Ordinal);
            if (header.Success)
            {
                Assert.Equal(header.Groups[1].Value, Convert.ToHexStringLower(SHA256.HashData(leo.Output)));
                checkedDocuments++;
            }
        }

        Assert.True(checkedDocuments > 0, "no seed carries sha256=");
    }

    [Fact]
    public void Strip_refuses_markup_that_does_not_parse()
    {
        var folder = Repository.NewFolder("strip");
        File.WriteAllText(Path.Combine(folder, "broken.leo"), "A [broken span{.date p=x}\n");

        var leo = Leo.Invoke(folder, "strip", "broken.leo");

        Assert.Equal(1, leo.ExitCode);
        Assert.Empty(leo.Output);
        Assert.Matches(@"broken\.leo\(1,\d+\): error LEO\d{4}: ", leo.Error);
    }

    [Fact]
    public void Stats_list_unannotated_dates_and_numbers_at_their_place()
    {
        var folder = Harbour.Create("stats");

        var text = Leo.Invoke(folder, "stats");
        var json = Leo.Invoke(folder, "stats", "--json");

        Assert.True(text.ExitCode == 0, text.ToString());
        // Columns counted by hand in the annotated line; the kinds are what the value grammars accept.
        Assert.Equal(
            ["docs/refit.leo(2,85): date: 1902", "docs/refit.leo(2,96): duration: 11 years", "docs/refit.leo(2,125): date: 14 April 1891"],
            text.Lines.SkipWhile(static l => !l.StartsWith("unannotated", StringComparison.Ordinal)).Skip(1));
        using var stats = JsonDocument.Parse(json.Output);
        var museum = stats.RootElement.GetProperty("documents").EnumerateArray().Single(static d => d.GetProperty("path").GetString()!.EndsWith("museum-label.leo", StringComparison.Ordinal));
        Assert.Equal(7, museum.GetProperty("spans").GetInt32());
        Assert.Equal(5, museum.GetProperty("statements").GetInt32());
        Assert.Equal(3, museum.GetProperty("entities").GetInt32());
        Assert.Equal(2, museum.GetProperty("precision").GetProperty("day").GetInt32());
    }

    [Theory]
    [InlineData("check", "--format", "yaml")]
    [InlineData("check", "no-such-folder")]
    [InlineData("frobnicate")]
    [InlineData("export", "README.md")]
    public void A_wrong_command_line_exits_2_with_a_message(params string[] arguments)
    {
        var leo = Leo.Invoke(Repository.Root, arguments);

        Assert.True(leo.ExitCode == 2, leo.ToString());
        Assert.NotEmpty(leo.Error);
        Assert.Empty(leo.Output);
    }

    [Fact]
    public void An_empty_folder_is_a_usage_error_not_a_silent_success()
    {
        var leo = Leo.Invoke(Repository.NewFolder("empty"), "check");

        Assert.Equal(2, leo.ExitCode);
        Assert.Contains("no .leo document", leo.Error, StringComparison.Ordinal);
    }

    private static string Scalar(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    [GeneratedRegex(@"\bsha256=([0-9a-f]{64})")]
    private static partial Regex Sha256();
}
