using System.Globalization;

namespace LeonovData.Tool.Stats;

/// <summary>The figures for a person: a block per document, then the corpus per kind, then what looks missed.</summary>
internal static class StatsText
{
    public static void Write(CorpusStats stats, string root, TextWriter output)
    {
        foreach (var document in stats.Documents)
        {
            output.WriteLine($"{Relative(root, document.Path)}: {document.Spans} spans, {document.Statements} statements, {document.Entities} entities declared, {document.Unannotated.Count} unannotated candidates");
            output.WriteLine("  spans: " + Join(document.SpansByKind));
            output.WriteLine("  precision: " + Join(document.Precisions));
        }

        output.WriteLine();
        output.WriteLine("corpus:");
        output.WriteLine("  spans by kind: " + Join(stats.SpansByKind));
        output.WriteLine("  statements by value type: " + Join(stats.StatementsByType));
        output.WriteLine("  entities by kind: " + Join(stats.EntitiesByKind));
        output.WriteLine("  precision: " + Join(stats.Precisions));

        var missed = stats.Documents.Sum(static d => d.Unannotated.Count);
        output.WriteLine();
        output.WriteLine($"unannotated ({missed}):");
        foreach (var document in stats.Documents)
        {
            foreach (var candidate in document.Unannotated)
            {
                output.WriteLine($"{Relative(root, document.Path)}({candidate.Line},{candidate.Column}): {candidate.Kind}: {candidate.Text}");
            }
        }
    }

    private static string Join(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(static p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture)));

    private static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
