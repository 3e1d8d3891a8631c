using LeonovData.Generator.Syntax;

namespace LeonovData.Tool.Stats;

/// <summary>The figures of one document: what was annotated, and what looks missed.</summary>
internal sealed record DocumentStats(
    string Path,
    int Spans,
    int Statements,
    int Entities,
    IReadOnlyDictionary<string, int> SpansByKind,
    IReadOnlyDictionary<string, int> Precisions,
    IReadOnlyList<Unannotated> Unannotated);

/// <summary>The figures of a run: per document, and per kind over the whole corpus.</summary>
internal sealed record CorpusStats(
    IReadOnlyList<DocumentStats> Documents,
    IReadOnlyDictionary<string, int> SpansByKind,
    IReadOnlyDictionary<string, int> StatementsByType,
    IReadOnlyDictionary<string, int> EntitiesByKind,
    IReadOnlyDictionary<string, int> Precisions)
{
    public static CorpusStats Of(Analysis analysis)
    {
        var corpus = analysis.Corpus;
        var documents = new List<DocumentStats>();
        foreach (var document in analysis.Documents)
        {
            var statements = corpus.Statements.Where(s => s.Location.FilePath == document.Path).ToList();
            documents.Add(new DocumentStats(
                document.Path,
                document.Spans.Count,
                statements.Count,
                corpus.Entities.Count(e => e.Location.FilePath == document.Path),
                Tally(document.Spans.Select(SpanKinds.Of)),
                Tally(statements.Select(static s => s.Value.Precision ?? "none")),
                Coverage.Find(document, File.ReadAllText(document.Path))));
        }

        return new CorpusStats(
            documents,
            Tally(analysis.Documents.SelectMany(static d => d.Spans).Select(SpanKinds.Of)),
            Tally(corpus.Statements.Select(static s => s.Value.Type)),
            Tally(corpus.Entities.Select(static e => e.Kind)),
            Tally(corpus.Statements.Select(static s => s.Value.Precision ?? "none")));
    }

    private static IReadOnlyDictionary<string, int> Tally(IEnumerable<string> keys) =>
        new SortedDictionary<string, int>(keys.GroupBy(static k => k).ToDictionary(static g => g.Key, static g => g.Count()), StringComparer.Ordinal);
}
