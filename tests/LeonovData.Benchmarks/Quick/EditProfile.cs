using System.Collections.Immutable;
using System.Diagnostics;
using LeonovData.Generator;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
using LeonovData.Generator.Syntax;
using Microsoft.CodeAnalysis;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// Not a goal: where the one-value edit's time goes, on both synthetic corpora, so that a missed edit
/// goal points at its step. Runs the steps the driver re-runs for the edit, each on its own clock
/// (the fastest of a few runs), beside the driver's whole re-run; the difference is the driver's own
/// work (combining and comparing the steps' outputs). The driver's step tracking would say the same
/// per step, but its bookkeeping grows too fast with a thousand documents to be usable here.
/// Prints only.
/// </summary>
internal sealed class EditProfile : IGoalMeasurement
{
    private const int Runs = 5;

    public int Order => 91;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        foreach (var (documents, facts) in new[] { (1_000, 10), (100, 1_000) })
        {
            var inputs = new SyntheticInputs(documents, facts);
            var compilation = GeneratorCompilation.Create(files: 1);
            var warm = GeneratorGoals.Driver(inputs).RunGenerators(compilation);
            var (original, edited) = inputs.EditedDocument();

            // Enough edits first that the runtime has optimised the driver's code (tiered compilation
            // re-compiles a method after about thirty calls), as it has in a long-lived compiler server.
            for (var i = 0; i < 40; i++)
            {
                warm.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
            }

            var whole = Clock.FastestMs(Runs, () => warm.ReplaceAdditionalText(original, edited).RunGenerators(compilation));

            // The pipeline's state before the edit, step by step.
            var schema = Stages.MergeSchemas(ImmutableArray.Create(Stages.ReadSchema(inputs.Files[0], default)), DocumentPaths.None);
            var texts = inputs.Files.Skip(1).ToList();
            var parsed = texts.Select(f => Stages.Parse(f, DocumentPaths.None, default)).ToList();
            var declarations = parsed.Select(d => Stages.Declare(d, schema)).ToImmutableArray();
            var ids = Stages.Ids(declarations);
            var bound = parsed.Select(d => Stages.BindDocument(d, schema, ids)).ToList();
            var links = Stages.Link(bound.Select(d => Stages.LinksOf(d, schema)).ToImmutableArray(), declarations, schema);
            var shares = bound.Select(Stages.SharesOf).ToList();
            var parts = Stages.SplitGroups(shares.ToImmutableArray(), links, schema).Value;
            var resolved = parts.Select(p => Stages.Resolve(Stages.AssembleGroup(p).Value)).ToList();

            var at = texts.FindIndex(f => f.Path == original.Path);
            var steps = new List<(string Step, double Ms)>();
            T Step<T>(string step, Func<T> run)
            {
                var result = run();
                steps.Add((step, Clock.FastestMs(Runs, () => run())));
                return result;
            }

            var document = Step("parse", () => Stages.Parse(edited, DocumentPaths.None, default));
            Step("declare", () => Stages.Declare(document, schema));
            var rebound = Step("bind", () => Stages.BindDocument(document, schema, ids));
            Step("links of the document", () => Stages.LinksOf(rebound, schema));
            shares[at] = Step("slices and head", () => Stages.SharesOf(rebound));
            var newParts = Step("split groups", () => Stages.SplitGroups(shares.ToImmutableArray(), links, schema).Value);
            var changed = Enumerable.Range(0, newParts.Count).Where(i => !newParts[i].Equals(parts[i])).ToList();
            foreach (var i in changed)
            {
                var group = Step("assemble group", () => Stages.AssembleGroup(newParts[i]).Value);
                Step("check group", () => Stages.Check(group));
                resolved[i] = Step("resolve group", () => Stages.Resolve(group));
            }

            var shards = Step("split shards", () => Stages.SplitShards(resolved.ToImmutableArray(), shares.ToImmutableArray(), schema).Value);
            var shard = shards.Single(s => s.Files.Any(f => f.Path == original.Path));
            var input = Step("join shard", () => Stages.Join(shard).Value);
            Step("emit shard", () => Stages.EmitShard(input, GeneratorOptions.Default));

            var sum = steps.Sum(static s => s.Ms);
            log.WriteLine($"  edit, {documents:N0} docs × {facts:N0}: driver {whole:0.00} ms; steps {sum:0.00} ms ({changed.Count} group(s)): "
                + string.Join(", ", steps.GroupBy(static s => s.Step).Select(static g => $"{g.Key} {g.Sum(static s => s.Ms):0.00}"))
                + $"; the driver's own work {whole - sum:0.00} ms");
        }

        return Array.Empty<Goal>();
    }
}
