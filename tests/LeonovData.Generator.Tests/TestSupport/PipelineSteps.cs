namespace LeonovData.Generator.Tests.TestSupport;

using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Sdk;

/// <summary>
/// Assertions on the incremental pipeline's tracked steps (<see cref="TrackingNames"/>): what re-ran,
/// and that no step holds compiler objects that would defeat caching or pin a compilation.
/// </summary>
internal static class PipelineSteps
{
    /// <summary>Every name of <see cref="TrackingNames"/>, read by reflection so a new step is covered at once.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(static f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(static f => (string)f.GetRawConstantValue()!)
        .OrderBy(static n => n, StringComparer.Ordinal)
        .ToList();

    private static readonly Type[] s_banned =
    {
        typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SourceText),
        typeof(AdditionalText), typeof(Location), typeof(SemanticModel),
    };

    /// <summary>The reasons of every output of one tracked step, in order.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(static r => r.Outputs).Select(static o => o.Reason).ToList()
            : Array.Empty<IncrementalStepRunReason>();

    /// <summary>Every step of <see cref="TrackingNames"/> ran in this pipeline and is tracked.</summary>
    public static void AssertAllTracked(GeneratorRunResult result)
    {
        var missing = All.Where(name => !result.TrackedSteps.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, $"TrackingNames not used by any step: {string.Join(", ", missing)}; tracked: {string.Join(", ", result.TrackedSteps.Keys.OrderBy(static k => k, StringComparer.Ordinal))}");
    }

    /// <summary>Every output of every tracked step was reused (Cached) or recomputed equal (Unchanged).</summary>
    public static void AssertNothingChanged(GeneratorRunResult result)
    {
        var changed = All
            .SelectMany(step => Reasons(result, step).Select(reason => (step, reason)))
            .Where(static x => x.reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(static x => $"{x.step}: {x.reason}")
            .ToList();
        Assert.True(changed.Count == 0, "A run with equal inputs recomputed steps:\n" + string.Join("\n", changed));

        var outputs = result.TrackedOutputSteps.SelectMany(static p => p.Value).SelectMany(static r => r.Outputs)
            .Where(static o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        Assert.True(outputs.Count == 0, $"A run with equal inputs re-ran {outputs.Count} source output(s)");
    }

    /// <summary>Every output of every tracked step came from the cache: nothing was even recomputed.</summary>
    public static void AssertAllCached(GeneratorRunResult result)
    {
        var recomputed = All
            .SelectMany(step => Reasons(result, step).Select(reason => (step, reason)))
            .Where(static x => x.reason != IncrementalStepRunReason.Cached)
            .Select(static x => $"{x.step}: {x.reason}")
            .ToList();
        Assert.True(recomputed.Count == 0, "Steps re-ran:\n" + string.Join("\n", recomputed));
    }

    /// <summary>
    /// Walks every output of every tracked step, field by field, and fails on a compiler object
    /// (symbol, compilation, syntax, source text, additional text, location) anywhere inside.
    /// </summary>
    public static void AssertNoCompilerObjects(GeneratorRunResult result)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var step in All)
        {
            if (!result.TrackedSteps.TryGetValue(step, out var runs))
            {
                continue;
            }

            foreach (var (value, _) in runs.SelectMany(static r => r.Outputs))
            {
                Walk(value, step, visited);
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        var banned = s_banned.FirstOrDefault(b => b.IsAssignableFrom(type));
        if (banned is not null)
        {
            throw new XunitException($"Pipeline step output holds a {banned.Name} ({type.FullName}) at {path}; carry plain data (LocationInfo, strings) instead");
        }

        if (type.IsPrimitive || type.IsEnum || value is string or decimal or DateTime or Type || (!type.IsValueType && !visited.Add(value)))
        {
            return;
        }

        if (value is Array array)
        {
            var i = 0;
            foreach (var item in array)
            {
                Walk(item, $"{path}[{i++}]", visited);
            }

            return;
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRef)
                {
                    continue;
                }

                Walk(field.GetValue(value), $"{path}.{Readable(field.Name)}", visited);
            }
        }
    }

    /// <summary><c>&lt;Spans&gt;k__BackingField</c> reads as <c>Spans</c>.</summary>
    private static string Readable(string field) =>
        field.StartsWith('<') && field.IndexOf('>') is var end and > 0 ? field[1..end] : field;
}
