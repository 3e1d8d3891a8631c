using LeonovData.Generator.Model;
using Microsoft.CodeAnalysis;

namespace LeonovData.Generator;

/// <summary>
/// Turns annotated documents (<c>.leo</c>) and their schema (<c>.leoschema</c>) into typed C# data.
/// Per document: Read (its text, compared by value) → Parsed (a handle on its syntax, which
/// Declarations parses and Bound lets go: the driver keeps no parse tree) → Declarations → Bound
/// (against the corpus's ids, which only a declaration changes) → its links, and its slices by subject group with
/// its head. The links of all documents are joined (light: no statement values); each subject group is
/// assembled from its slices and links, checked and resolved; each data shard is joined from its
/// documents' resolved slices and emitted. No step that an edit of one value re-runs walks every
/// statement of the corpus. Diagnostics are reported from their own outputs so that source is
/// regenerated only when the data changes. <see cref="Binding.Binder.Bind"/> and
/// <see cref="Checks.Checker.Check(Binding.Corpus)"/> compose the same stages for callers without a
/// driver (the CLI).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LeonovGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var target = context.CompilationProvider
            .Select(static (compilation, _) => Stages.Target(compilation))
            .WithTrackingName(TrackingNames.Target);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => Stages.ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options)
            .Combine(target)
            .Select(static (input, _) => input.Left with { Utf8Data = input.Right.Utf8Data, Runtime = input.Right.Runtime })
            .WithTrackingName(TrackingNames.EmitOptions);

        var paths = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => Stages.ReadDocumentPaths(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.DocumentPaths);

        var documents = context.AdditionalTextsProvider
            .Where(Stages.IsDocument)
            .Select(Stages.Read)
            .WithTrackingName(TrackingNames.Read)
            .Combine(paths)
            .Select(static (input, cancellationToken) => Stages.Syntax(input.Left, input.Right, cancellationToken))
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

        // The links between documents come from what each document names and declares (ids,
        // qualifiers, names, "within" facts), so most value edits leave them equal; each subject
        // group is then assembled from its slice of every document and its share of the links, and
        // only the groups an edit touched are assembled, checked and resolved again.
        var links = bound
            .Combine(schema)
            .Select(static (input, _) => Stages.LinksOf(input.Left, input.Right))
            .WithTrackingName(TrackingNames.DocumentLinks)
            .Collect()
            .Combine(declarations)
            .Combine(schema)
            .Select(static (input, cancellationToken) => Stages.Link(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Links);

        var shares = bound
            .Select(static (document, _) => Stages.SharesOf(document))
            .WithTrackingName(TrackingNames.Slices)
            .Collect();

        var parts = shares
            .Combine(links)
            .Combine(schema)
            .Select(static (input, cancellationToken) => Stages.SplitGroups(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.GroupParts);

        var groups = parts
            .SelectMany(static (all, _) => all.Value)
            .Select(static (group, cancellationToken) => Stages.AssembleGroup(group, cancellationToken))
            .WithTrackingName(TrackingNames.Groups);

        var findings = groups
            .Select(static (group, cancellationToken) => Stages.Check(group.Value, cancellationToken))
            .WithTrackingName(TrackingNames.Checked);

        var resolved = groups
            .Select(static (group, cancellationToken) => Stages.Resolve(group.Value, cancellationToken))
            .WithTrackingName(TrackingNames.Resolved);

        // Emission in parts, so that an edit re-emits only what it changed: the model (schema and
        // declarations, no values) and the data shards, each joined from its documents' resolved
        // slices. The support types are not emitted: the package's LeonovData.Runtime has them.
        var runtime = schema
            .Select(static (value, _) => !value.Kinds.IsEmpty)
            .Combine(options)
            .Select(static (input, _) => Stages.RuntimeProblems(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Runtime);

        var model = links
            .Combine(schema)
            .Select(static (input, _) => Stages.ModelOf(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ModelInput)
            .Combine(options)
            .Select(static (input, cancellationToken) => Stages.EmitModel(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Model);

        var shardParts = resolved.Collect()
            .Combine(shares)
            .Combine(schema)
            .Select(static (input, cancellationToken) => Stages.SplitShards(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ShardParts);

        var shards = shardParts
            .SelectMany(static (all, _) => all.Value)
            .Select(static (parts, cancellationToken) => Stages.Join(parts, cancellationToken))
            .WithTrackingName(TrackingNames.Shards);

        var data = shards
            .Combine(options)
            .Select(static (input, cancellationToken) => Stages.EmitShard(input.Left.Value, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Output);

        // The table of contents of the data literals (Emit/LiteralContents.cs), from each file's keys and
        // sizes alone: an edit re-emits its shard and this small file, not the model.
        var shardLiterals = data
            .Select(static (output, _) => Stages.LiteralsOf(output))
            .WithTrackingName(TrackingNames.ShardLiterals)
            .Collect();

        var catalogueLiterals = model
            .Select(static (output, _) => output.Value.IsEmpty ? (EquatableArray<Emit.HeapLiteral>?)null : Stages.LiteralsOf(output))
            .WithTrackingName(TrackingNames.CatalogueLiterals);

        var contents = shardLiterals
            .Combine(catalogueLiterals)
            .Combine(options)
            .Select(static (input, cancellationToken) => Emit.LiteralContents.Emit(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Contents);

        var severities = context.CompilationProvider
            .Select(Stages.ReadSeverities)
            .WithTrackingName(TrackingNames.Severities);

        context.RegisterSourceOutput(schema.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(duplicates.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left, input.Right));
        // A document's parse and bind diagnostics, both (Stages.BindDocument).
        context.RegisterSourceOutput(bound.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(links.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(parts.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(groups.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(findings.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left, input.Right));
        context.RegisterSourceOutput(options.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Problems, input.Right));
        context.RegisterSourceOutput(resolved.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(shardParts.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(shards.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(runtime.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left, input.Right));
        context.RegisterSourceOutput(model.Combine(severities), static (spc, input) => Stages.AddSources(spc, input.Left, input.Right));
        context.RegisterSourceOutput(data.Combine(severities), static (spc, input) => Stages.AddSources(spc, input.Left, input.Right));
        context.RegisterSourceOutput(contents.Combine(severities), static (spc, input) => Stages.AddSources(spc, input.Left, input.Right));
    }
}
