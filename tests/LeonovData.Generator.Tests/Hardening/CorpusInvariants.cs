namespace LeonovData.Generator.Tests.Hardening;

using System.Globalization;
using System.Text.Json;
using LeonovData.Fuzz;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// What must hold for any corpus, valid or broken: the stages never throw (they are called
/// directly, so nothing is caught into LEO0901), every diagnostic is located inside its file, every
/// error-free document strips to its text; and where no LEO error is reported, the generated code
/// compiles with no error and no warning and its JSON export states exactly the bound statements.
/// </summary>
internal static class CorpusInvariants
{
    public static StagesOutcome RunStages(IReadOnlyList<(string Path, string Text)> files)
    {
        var schema = SchemaParser.Merge(files.Where(static f => f.Path.EndsWith(".leoschema", StringComparison.Ordinal)).Select(static f => SchemaParser.ParseFile(f.Path, f.Text)).ToList());
        var documents = files.Where(static f => f.Path.EndsWith(".leo", StringComparison.Ordinal)).ToList();
        var parsed = documents.Select(static d => DocumentParser.Parse(d.Path, d.Text)).ToList();
        var bound = Binder.Bind(parsed, schema);
        var findings = Checker.Check(bound.Value);
        if (!schema.Kinds.IsEmpty)
        {
            Assert.All(Emitter.Emit(bound.Value, GeneratorOptions.Default).Value, static f => Assert.False(string.IsNullOrEmpty(f.Text)));
        }

        var diagnostics = schema.Diagnostics.Concat(parsed.SelectMany(static p => p.Diagnostics)).Concat(bound.Diagnostics).Concat(findings).ToList();
        var texts = files.GroupBy(static f => f.Path, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.First().Text, StringComparer.Ordinal);
        Oracles.Located(diagnostics, texts);
        for (var i = 0; i < parsed.Count; i++)
        {
            Oracles.Stripping(parsed[i], documents[i].Text);
        }

        return new StagesOutcome(parsed, bound.Value, diagnostics);
    }

    /// <summary>Runs the real generator driver, compiles its output with the consumer's settings, and compares the export with the bound statements.</summary>
    public static void CompilesAndExports(IReadOnlyList<(string Path, string Text)> files, Corpus corpus)
    {
        var run = GeneratorHarness.Run(files);
        run.AssertDidNotCrash();
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var json = (string)assembly.Invoke("LeonovData.Dataset", "ToJson")!;
        Assert.Equal(Describe(corpus.Statements), Describe(Exported(json)));
    }

    private static IEnumerable<string> Describe(IEnumerable<Statement> statements) =>
        statements.Select(static s => Line(s.Subject, s.Property, s.Value.Normalized, s.Citation.Line, s.Citation.Column, s.Qualifiers.Count)).Order(StringComparer.Ordinal);

    private static IEnumerable<string> Describe(IEnumerable<JsonElement> statements) =>
        statements.Select(static s => Line(
            s.GetProperty("subject").GetString()!,
            s.GetProperty("property").GetString()!,
            s.GetProperty("value") is { ValueKind: JsonValueKind.Number } number ? number.GetRawText() : s.GetProperty("value").GetString()!,
            s.GetProperty("line").GetInt32(),
            s.GetProperty("column").GetInt32(),
            s.GetProperty("qualifiers").GetArrayLength())).Order(StringComparer.Ordinal);

    // The export is an array of statements today and becomes {"statements": [...], …} (issue 9): either way, the statements.
    private static List<JsonElement> Exported(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return (root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("statements")).EnumerateArray().ToList();
    }

    private static string Line(string subject, string property, string value, int line, int column, int qualifiers) =>
        string.Create(CultureInfo.InvariantCulture, $"{subject} {property}={value} at ({line},{column}) with {qualifiers} qualifiers");
}

/// <summary>What the stages produced for one corpus.</summary>
internal sealed record StagesOutcome(IReadOnlyList<ParsedDocument> Documents, Corpus Corpus, IReadOnlyList<DiagnosticInfo> Diagnostics)
{
    public IReadOnlyList<DiagnosticInfo> Errors => Diagnostics.Where(static d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == DiagnosticSeverity.Error).ToList();

    public string Describe() => CorpusAssert.Describe(Diagnostics);
}
