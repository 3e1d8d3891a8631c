using System.Collections.Immutable;
using System.Diagnostics;
using LeonovData.Generator;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Model;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// Not a goal: where a cold run's time goes, stage by stage, on the larger synthetic corpus, so that
/// a missed goal points at its hot spot. Prints only.
/// </summary>
internal sealed class StageProfile : IGoalMeasurement
{
    public int Order => 90;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        Profile(log, 100, 1_000);
        Profile(log, 1_000, 10);
        return Array.Empty<Goal>();
    }

    private static void Profile(TextWriter log, int documentCount, int facts)
    {
        var inputs = new SyntheticInputs(documentCount, facts);
        var size = $"{documentCount:N0} × {facts:N0}";
        var schemaText = inputs.Files[0].GetText()!.ToString();
        // A third round, not timed, samples what each step allocates by type (AllocationTicks).
        for (var round = 0; round < 3; round++)
        {
            using var ticks = round == 2 ? new AllocationTicks() : null;
            ticks?.Take();
            var clock = Stopwatch.StartNew();
            var bytes = new List<(string Stage, long Bytes)>();
            var types = new List<string>();
            var last = GC.GetAllocatedBytesForCurrentThread();
            void Mark(string stage)
            {
                var now = GC.GetAllocatedBytesForCurrentThread();
                bytes.Add((stage, now - last));
                if (ticks is not null)
                {
                    types.Add($"    {stage}: {AllocationTicks.Describe(ticks.Take(), 14)}");
                }

                last = GC.GetAllocatedBytesForCurrentThread();
            }

            var schema = SchemaParser.Merge(new[] { SchemaParser.ParseFile("leonov.leoschema", schemaText) }.ToImmutableArray());
            var parsed = inputs.Files.Skip(1).Select(static f => DocumentParser.Parse(f.Path, f.GetText()!.ToString())).ToList();
            var parse = clock.Elapsed.TotalMilliseconds;
            Mark("parse");
            var declarations = parsed.Select(d => Binder.Declare(d, schema)).ToList();
            var declare = clock.Elapsed.TotalMilliseconds - parse;
            Mark("declare");
            var ids = IdTable.Build(declarations, new List<DiagnosticInfo>());
            var documents = parsed.Select(d => Binder.BindDocument(d, schema, ids)).ToList();
            var bindDocuments = clock.Elapsed.TotalMilliseconds - parse - declare;
            Mark("bind documents");
            var links = Stages.Link(documents.Select(d => Stages.LinksOf(d, schema)).ToImmutableArray(), declarations.ToImmutableArray(), schema);
            var link = clock.Elapsed.TotalMilliseconds - parse - declare - bindDocuments;
            Mark("link");
            var shares = documents.Select(Stages.SharesOf).ToImmutableArray();
            var parts = Stages.SplitGroups(shares, links, schema).Value;
            var assemble = clock.Elapsed.TotalMilliseconds - parse - declare - bindDocuments;
            Mark("split");
            var bind = declare + bindDocuments + assemble;
            var groups = parts.Select(static p => Stages.AssembleGroup(p).Value).ToList();
            var partition = clock.Elapsed.TotalMilliseconds - parse - bind;
            Mark("assemble groups");
            var checks = groups.SelectMany(static g => Checker.Check(g)).ToList();
            var check = clock.Elapsed.TotalMilliseconds - parse - bind;
            Mark("check groups");
            var resolved = groups.Select(static g => Stages.Resolve(g)).ToImmutableArray();
            var shards = Stages.SplitShards(resolved, shares, schema).Value.Select(static p => Stages.Join(p).Value).ToList();
            var resolve = clock.Elapsed.TotalMilliseconds - parse - bind - check;
            Mark("resolve and join shards");
            log.WriteLine($"  bind = declare {declare:0} ms + documents {bindDocuments:0} ms + link {link:0} ms + split {assemble - link:0} ms; check = assemble groups {partition:0} ms + check groups {check - partition:0} ms; resolve and join {resolve:0} ms");
            var files = shards.Select(static s => Emitter.Shard(s, GeneratorOptions.Default).Value).ToList();
            Mark("emit shards");
            files.Add(Emitter.Model(Stages.ModelOf(links, schema)!, GeneratorOptions.Default).Value);
            var emit = clock.Elapsed.TotalMilliseconds - parse - bind - check - resolve;
            Mark("emit model");
            if (ticks is not null)
            {
                log.WriteLine($"  allocated by type, {size} (sampled):");
                types.ForEach(log.WriteLine);
                continue;
            }

            log.WriteLine("  allocated: " + string.Join(", ", bytes.Select(static b => $"{b.Stage} {b.Bytes / 1e6:0.000} MB")) + $", total {bytes.Sum(static b => b.Bytes) / 1e6:0.000} MB");
            log.WriteLine($"  stages, {size} (round {round + 1}): parse {parse:0} ms, bind {bind:0} ms, check {check:0} ms ({checks.Count} findings), emit {emit:0} ms ({files.Sum(static f => (long)f.Text.Length) / 1e6:0.0} M chars)");
        }
    }
}
