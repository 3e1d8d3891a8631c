using System.Collections.Immutable;
using System.Diagnostics;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
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
        var inputs = new SyntheticInputs(documents: 100, facts: 1_000);
        var schemaText = inputs.Files[0].GetText()!.ToString();
        for (var round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            var schema = SchemaParser.Merge(new[] { SchemaParser.ParseFile("leonov.leoschema", schemaText) }.ToImmutableArray());
            var parsed = inputs.Files.Skip(1).Select(static f => DocumentParser.Parse(f.Path, f.GetText()!.ToString())).ToList();
            var parse = clock.Elapsed.TotalMilliseconds;
            var bound = Binder.Bind(parsed, schema);
            var bind = clock.Elapsed.TotalMilliseconds - parse;
            var checks = Checker.Check(bound.Value);
            var check = clock.Elapsed.TotalMilliseconds - parse - bind;
            var files = Emitter.Emit(bound.Value, GeneratorOptions.Default).Value;
            var emit = clock.Elapsed.TotalMilliseconds - parse - bind - check;
            log.WriteLine($"  stages, 100 docs × 1,000 (round {round + 1}): parse {parse:0} ms, bind {bind:0} ms, check {check:0} ms ({checks.Count} findings), emit {emit:0} ms ({files.Sum(static f => (long)f.Text.Length) / 1e6:0.0} M chars)");
        }

        return Array.Empty<Goal>();
    }
}
