using System.Collections.Immutable;
using LeonovData.Generator;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using LeonovData.Tool.Inputs;

namespace LeonovData.Tool;

/// <summary>
/// One run of the generator's stages over the inputs, in the generator's order (LeonovGenerator.cs):
/// parse each document, read and merge the schemas, bind, check. Every stage is the generator's own
/// function, so the tool can only report what a build would report.
/// </summary>
internal sealed record Analysis(
    InputFiles Inputs,
    GeneratorOptions Options,
    ImmutableArray<ParsedDocument> Documents,
    SchemaModel Schema,
    Result<Corpus> Bound,
    EquatableArray<DiagnosticInfo> Findings)
{
    public Corpus Corpus => Bound.Value;

    /// <summary>Every diagnostic of the run, as the generator's source outputs report them.</summary>
    public IEnumerable<DiagnosticInfo> Diagnostics =>
        Documents.SelectMany(static d => d.Diagnostics)
            .Concat(Schema.Diagnostics)
            .Concat(Bound.Diagnostics)
            .Concat(Findings)
            .Concat(Options.Problems);

    public static Analysis Run(InputFiles inputs, BuildProperties properties, Progress progress, CancellationToken cancellationToken = default)
    {
        var options = Stages.ReadOptions(properties);
        var paths = Stages.ReadDocumentPaths(properties);
        var documents = new ParsedDocument[inputs.Documents.Length];
        using (var parsing = progress.Start("Parsing", documents.Length))
        {
            // Documents parse independently (the generator caches each on its own); order is kept.
            Parallel.For(0, documents.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                documents[i] = Stages.Parse(new FileText(inputs.Documents[i]), paths, cancellationToken);
                parsing.Advance();
            });
        }

        var schemaFiles = inputs.Schemas.Select(path => Stages.ReadSchema(new FileText(path), cancellationToken)).ToImmutableArray();
        var schema = Stages.MergeSchemas(schemaFiles, paths, cancellationToken);
        var parsed = documents.ToImmutableArray();
        using (progress.Note("Binding and checking"))
        {
            var bound = Stages.Bind(parsed, schema);
            var findings = Stages.Check(bound.Value);
            return new Analysis(inputs, options, parsed, schema, bound, findings);
        }
    }
}
