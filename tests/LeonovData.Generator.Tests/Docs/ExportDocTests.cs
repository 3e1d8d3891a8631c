namespace LeonovData.Generator.Tests.Docs;

using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// docs/export.md and docs/export.schema.json stay true to what <c>Dataset.ToJson()</c> writes for
/// the Leonov corpus: the export validates against the schema (and a broken one does not), the page's
/// quoted lines are lines of the export, and its Python program prints what the page says it prints.
/// </summary>
public sealed class ExportDocTests
{
    private static readonly Lazy<string> s_export = new(static () =>
    {
        var run = GeneratorHarness.Run(Repository.SeedFiles());
        run.AssertDidNotCrash();
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        return (string)assembly.Invoke("LeonovData.Dataset", "ToJson")!;
    });

    private static string Page => File.ReadAllText(Path.Combine(Repository.Root, "docs", "export.md")).Replace("\r\n", "\n");

    private static JsonSchema Schema => JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.Root, "docs", "export.schema.json")));

    [Fact]
    public void The_export_of_the_Leonov_corpus_is_valid_against_the_shipped_schema()
    {
        using var export = JsonDocument.Parse(s_export.Value);

        var result = Schema.Evaluate(export.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, "docs/export.schema.json rejects the export:\n" + Describe(result));
    }

    [Theory]
    [InlineData("format", "\"leonovdata-export/2\"")]
    [InlineData("statements/0/rank", "\"best\"")]
    [InlineData("statements/0/line", "0")]
    [InlineData("sources/0/published", "\"12 October 2019\"")]
    [InlineData("entities/0/names", "\"Alexei Leonov\"")]
    [InlineData("statements/0/colour", "\"red\"")]
    [InlineData("sources/0/licence", null)]
    public void The_schema_rejects_an_export_that_breaks_it(string path, string? value)
    {
        var export = JsonNode.Parse(s_export.Value)!;
        var parts = path.Split('/');
        var parent = parts[..^1].Aggregate(export, static (node, part) => int.TryParse(part, out var i) ? node[i]! : node[part]!).AsObject();
        if (value is null)
        {
            parent.Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = JsonNode.Parse(value);
        }

        Assert.False(Schema.Evaluate(JsonDocument.Parse(export.ToJsonString()).RootElement).IsValid, $"{path} = {value ?? "(removed)"} passed the schema");
    }

    [Fact]
    public void Every_line_the_page_quotes_is_a_line_of_the_export()
    {
        var lines = s_export.Value.Split('\n').Select(static l => l.TrimEnd(',')).ToHashSet(StringComparer.Ordinal);
        var quoted = Block(Page, "json").Split('\n').Where(static l => l.Trim() is { Length: > 0 } t && t != "…").ToList();

        Assert.True(quoted.Count > 8, "docs/export.md quotes no export");
        Assert.All(quoted, line => Assert.True(lines.Contains(line.TrimEnd(',')), $"docs/export.md quotes a line the export does not have:\n{line}"));
    }

    [Fact]
    public void The_page_s_Python_program_prints_what_the_page_says_with_the_standard_library_only()
    {
        var folder = Directory.CreateTempSubdirectory("leonovdata-export-");
        try
        {
            var program = Path.Combine(folder.FullName, "read_export.py");
            var data = Path.Combine(folder.FullName, "leonov.json");
            File.WriteAllText(program, Block(Page, "python"));
            File.WriteAllText(data, s_export.Value);

            var (exitCode, output) = Python(folder.FullName, program, data);

            Assert.True(exitCode == 0, output);
            Assert.Equal(Block(Page, "text"), output.Replace("\r\n", "\n"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output) Python(string workingDirectory, params string[] arguments)
    {
        // -I: isolated, -S: no site packages. What the page shows must work with the standard library alone.
        var start = new ProcessStartInfo("python3") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-I", "-S" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("python3 is needed to check docs/export.md's Python example; install Python 3 (e.g. apt-get install -y python3)", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? new List<EvaluationResults>())
            .Where(static d => d.Errors is { Count: > 0 })
            .Take(10)
            .Select(static d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    private static string Block(string page, string info)
    {
        var blocks = Markdown.Blocks(page).Where(b => b.Info == info).ToList();
        Assert.True(blocks.Count == 1, $"docs/export.md needs exactly one ```{info} block");
        return blocks[0].Body;
    }
}
