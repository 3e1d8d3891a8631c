using Microsoft.CodeAnalysis;

namespace LeonovData.Generator;

/// <summary>
/// Turns annotated documents (<c>.leo</c>) and their schema (<c>.leoschema</c>) into typed C# data.
/// Per document: Read (its text, compared by value) → Parse → Declarations → Bound (against the
/// corpus's ids, which only a declaration changes). Then the corpus is assembled, split into subject groups that are checked one by one,
/// and emitted. Diagnostics are reported from their own outputs so that source is regenerated only
/// when the data changes. <see cref="Binding.Binder.Bind"/> and <see cref="Checks.Checker.Check(Binding.Corpus)"/>
/// compose the same stages for callers without a driver (the CLI).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LeonovGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var target = context.CompilationProvider
            .Select(static (compilation, _) => Stages.SupportsUtf8Data(compilation))
            .WithTrackingName(TrackingNames.Target);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => Stages.ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options)
            .Combine(target)
            .Select(static (input, _) => input.Left with { Utf8Data = input.Right })
            .WithTrackingName(TrackingNames.EmitOptions);

        var paths = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => Stages.ReadDocumentPaths(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.DocumentPaths);

        var documents = context.AdditionalTextsProvider
            .Where(Stages.IsDocument)
            .Select(Stages.Read)
            .WithTrackingName(TrackingNames.Read)
            .Combine(paths)
            .Select(static (input, cancellationToken) => Stages.Parse(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        var schema = context.AdditionalTextsProvider
            .Where(Stages.IsSchema)
            .Select(Stages.ReadSchema)
            .WithTrackingName(TrackingNames.Schemas)
            .Collect()
            .Combine(paths)
            .Select(static (input, cancellationToken) => Stages.MergeSchemas(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Schema);

        var declarations = documents
            .Combine(schema)
            .Select(static (input, cancellationToken) => Stages.Declare(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Declarations)
            .Collect();

        var ids = declarations
            .Select(static (all, _) => Stages.Ids(all))
            .WithTrackingName(TrackingNames.Ids);

        var duplicates = declarations
            .Select(static (all, _) => Stages.DuplicateIds(all))
            .WithTrackingName(TrackingNames.DuplicateIds);

        var bound = documents
            .Combine(schema.Combine(ids))
            .Select(static (input, cancellationToken) => Stages.BindDocument(input.Left, input.Right.Left, input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Bound);

        var assembled = bound.Collect()
            .Combine(declarations)
            .Combine(schema)
            .Select(static (input, cancellationToken) => Stages.Assemble(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Corpus);

        var corpus = assembled.Select(static (result, _) => result.Value);

        var partition = corpus
            .Select(static (value, cancellationToken) => Stages.Partition(value, cancellationToken))
            .WithTrackingName(TrackingNames.Groups);

        var findings = partition
            .SelectMany(static (groups, _) => groups.Value)
            .Select(static (group, cancellationToken) => Stages.Check(group, cancellationToken))
            .WithTrackingName(TrackingNames.Checked);

        // Emission in parts, so that an edit re-emits only what it changed: the support types
        // (options only), the model (schema and declarations, no values) and the data shards.
        var runtime = corpus
            .Select(static (value, _) => !value.Schema.Kinds.IsEmpty)
            .Combine(options)
            .Select(static (input, _) => Stages.EmitRuntime(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Runtime);

        var model = corpus
            .Select(static (value, _) => Stages.ModelOf(value))
            .WithTrackingName(TrackingNames.ModelInput)
            .Combine(options)
            .Select(static (input, cancellationToken) => Stages.EmitModel(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Model);

        var shards = corpus
            .Select(static (value, cancellationToken) => Stages.Shards(value, cancellationToken))
            .WithTrackingName(TrackingNames.Shards);

        var data = shards
            .SelectMany(static (all, _) => all.Value)
            .Combine(options)
            .Select(static (input, cancellationToken) => Stages.EmitShard(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Output);

        var severities = context.CompilationProvider
            .Select(Stages.ReadSeverities)
            .WithTrackingName(TrackingNames.Severities);

        context.RegisterSourceOutput(documents.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(schema.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(duplicates.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left, input.Right));
        context.RegisterSourceOutput(bound.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(assembled.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(partition.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(findings.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left, input.Right));
        context.RegisterSourceOutput(options.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Problems, input.Right));
        context.RegisterSourceOutput(shards.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(runtime.Combine(severities), static (spc, input) => Stages.AddSources(spc, input.Left, input.Right));
        context.RegisterSourceOutput(model.Combine(severities), static (spc, input) => Stages.AddSources(spc, input.Left, input.Right));
        context.RegisterSourceOutput(data.Combine(severities), static (spc, input) => Stages.AddSources(spc, input.Left, input.Right));
    }
}
