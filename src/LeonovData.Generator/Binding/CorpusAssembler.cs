using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Binding;

/// <summary>
/// Joins bound documents into one corpus, for callers that want it whole (the CLI, tests): the
/// documents' <see cref="CorpusLinks"/> applied to their statements. The generator never builds it;
/// it assembles each subject group from the same links instead (<see cref="Checks.SubjectGroup.Assemble"/>).
/// </summary>
internal static class CorpusAssembler
{
    public static Result<Corpus> Assemble(IEnumerable<BoundDocument> documents, IEnumerable<DocumentDeclarations> declarations, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ordered = documents.ToList();
        ordered.Sort(static (a, b) => DocumentDeclarations.CompareOrder(a.RelativePath, a.Path, b.RelativePath, b.Path));
        var links = CorpusLinks.Build(ordered.Select(d => DocumentLinks.Of(d, schema)), declarations, schema, cancellationToken);
        var linked = links.Groups.SelectMany(static g => g.Statements).ToDictionary(static l => (l.Path, l.Ordinal));

        cancellationToken.ThrowIfCancellationRequested();
        var statements = new List<Statement>();
        foreach (var document in ordered)
        {
            for (var i = 0; i < document.Statements.Count; i++)
            {
                var statement = document.Statements[i].Statement;
                statements.Add(linked.TryGetValue((document.Path, i), out var link) ? link.Apply(statement) : statement);
            }
        }

        var corpus = new Corpus(
            schema,
            ordered.Where(static d => d.Source is not null).Select(static d => d.Source!).ToEquatableArray(),
            links.Entities,
            statements.ToEquatableArray(),
            ordered.SelectMany(static d => d.Mentions).ToEquatableArray());
        return new Result<Corpus>(corpus, links.Diagnostics);
    }
}
