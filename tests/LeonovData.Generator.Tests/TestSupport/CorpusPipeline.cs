namespace LeonovData.Generator.Tests.TestSupport;

using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;

/// <summary>
/// Runs the pure stages the generator chains (parse → merge schemas → bind → check) over in-memory
/// schema and document texts, without a compilation, so a test of one rule stays a few lines long.
/// </summary>
internal static class CorpusPipeline
{
    public const string SchemaPath = "/corpus/test.leoschema";

    /// <summary>One schema text and any number of documents, each as (path, annotated text).</summary>
    public static CorpusOutcome Run(string schema, params (string Path, string Text)[] documents) =>
        Run(new[] { (SchemaPath, schema) }, documents);

    public static CorpusOutcome Run(IEnumerable<(string Path, string Text)> schemas, IEnumerable<(string Path, string Text)> documents)
    {
        var schemaFiles = schemas.Select(static s => SchemaParser.ParseFile(s.Path, s.Text)).ToList();
        var merged = SchemaParser.Merge(schemaFiles);
        var parsed = documents.Select(static d => DocumentParser.Parse(d.Path, d.Text)).ToList();
        var bound = Binder.Bind(parsed, merged);
        var checks = Checker.Check(bound.Value);
        return new CorpusOutcome(
            merged,
            parsed,
            bound.Value,
            parsed.SelectMany(static d => d.Diagnostics).ToList(),
            bound.Diagnostics.ToList(),
            checks.ToList());
    }
}

/// <summary>What <see cref="CorpusPipeline"/> produced, stage by stage.</summary>
internal sealed record CorpusOutcome(
    SchemaModel Schema,
    IReadOnlyList<ParsedDocument> Documents,
    Corpus Corpus,
    IReadOnlyList<DiagnosticInfo> SyntaxDiagnostics,
    IReadOnlyList<DiagnosticInfo> BindingDiagnostics,
    IReadOnlyList<DiagnosticInfo> CheckDiagnostics)
{
    /// <summary>Every diagnostic of every stage, schema first, in stage order.</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics =>
        Schema.Diagnostics.Concat(SyntaxDiagnostics).Concat(BindingDiagnostics).Concat(CheckDiagnostics).ToList();

    public IReadOnlyList<string> Ids => Diagnostics.Select(static d => d.Id).ToList();

    public IReadOnlyList<DiagnosticInfo> WithId(string id) => Diagnostics.Where(d => d.Id == id).ToList();

    public IReadOnlyList<Statement> Statements(string subject, string property) =>
        Corpus.Statements.Where(s => s.Subject == subject && s.Property == property).ToList();

    /// <summary>The one statement of subject.property; fails the test when there is not exactly one.</summary>
    public Statement Statement(string subject, string property) => Xunit.Assert.Single(Statements(subject, property));

    public Entity Entity(string id) => Xunit.Assert.Single(Corpus.Entities, e => e.Id == id);

    /// <summary>Human-readable diagnostics for assertion messages: "LEO0204 doc.leo(3,5): args".</summary>
    public string Describe() => CorpusAssert.Describe(Diagnostics);
}
