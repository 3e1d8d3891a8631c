using Microsoft.CodeAnalysis;

namespace LeonovData.Generator;

/// <summary>
/// Turns annotated documents (<c>.leo</c>) and their schema (<c>.leoschema</c>) into typed C# data.
/// Read → Parse (per file, cached) → Bind (whole corpus) → Check → Emit; diagnostics are reported
/// from their own outputs so that source is regenerated only when the data changes.
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

        var documents = context.AdditionalTextsProvider
            .Where(Stages.IsDocument)
            .Select(Stages.Parse)
            .WithTrackingName(TrackingNames.Parsed);

        var schema = context.AdditionalTextsProvider
            .Where(Stages.IsSchema)
            .Select(Stages.ReadSchema)
            .WithTrackingName(TrackingNames.Schemas)
            .Collect()
            .Select(static (files, _) => Stages.MergeSchemas(files))
            .WithTrackingName(TrackingNames.Schema);

        var bound = documents.Collect()
            .Combine(schema)
            .Select(static (input, _) => Stages.Bind(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Bound);

        var corpus = bound.Select(static (result, _) => result.Value);

        var findings = corpus
            .Select(static (value, _) => Stages.Check(value))
            .WithTrackingName(TrackingNames.Checked);

        var output = corpus
            .Combine(options)
            .Select(static (input, _) => Stages.Emit(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Output);

        var severities = context.CompilationProvider
            .Select(Stages.ReadSeverities)
            .WithTrackingName(TrackingNames.Severities);

        context.RegisterSourceOutput(documents.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(schema.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(bound.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Diagnostics, input.Right));
        context.RegisterSourceOutput(findings.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left, input.Right));
        context.RegisterSourceOutput(options.Combine(severities), static (spc, input) => Stages.Report(spc, input.Left.Problems, input.Right));
        context.RegisterSourceOutput(output.Combine(severities), static (spc, input) => Stages.AddSources(spc, input.Left, input.Right));
    }
}
