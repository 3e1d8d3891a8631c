using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Binding;

/// <summary>
/// Joins bound documents into the corpus: claims statement ids after every declaration (a repeated
/// one is LEO0206), attaches qualifiers to the statements they name in any document, and gathers
/// each entity's names from its mentions everywhere. Light, linear work; it re-runs on any edit.
/// </summary>
internal static class CorpusAssembler
{
    public static Result<Corpus> Assemble(IEnumerable<BoundDocument> documents, IEnumerable<DocumentDeclarations> declarations, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ordered = documents.ToList();
        ordered.Sort(static (a, b) => DocumentDeclarations.CompareOrder(a.RelativePath, a.Path, b.RelativePath, b.Path));
        var diagnostics = new List<DiagnosticInfo>();
        var claimed = IdTable.FirstDeclarations(declarations);

        var statements = new List<Statement>();
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bound in ordered.SelectMany(static d => d.Statements))
        {
            var statement = bound.Statement;
            if (statement.Id is { } id && bound.IdLocation is { } location)
            {
                if (claimed.TryGetValue(id, out var first))
                {
                    diagnostics.Add(IdTable.Duplicate(id, location, first));
                    statement = statement with { Id = null };
                }
                else
                {
                    claimed[id] = location;
                    named[id] = statements.Count;
                }
            }

            statements.Add(statement);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var broken = new HashSet<string>(declarations.SelectMany(static d => d.BrokenIds).Concat(ordered.SelectMany(static d => d.BrokenNames)), StringComparer.Ordinal);
        AttachQualifiers(ordered, statements, named, broken, diagnostics);

        cancellationToken.ThrowIfCancellationRequested();
        var mentions = ordered.SelectMany(static d => d.Mentions).ToEquatableArray();
        var corpus = new Corpus(
            schema,
            ordered.Where(static d => d.Source is not null).Select(static d => d.Source!).ToEquatableArray(),
            Entities(ordered, mentions),
            statements.ToEquatableArray(),
            mentions);
        return new Result<Corpus>(corpus, diagnostics.ToEquatableArray());
    }

    private static void AttachQualifiers(List<BoundDocument> documents, List<Statement> statements, Dictionary<string, int> named, HashSet<string> broken, List<DiagnosticInfo> diagnostics)
    {
        var attached = new Dictionary<int, List<Qualifier>>();
        foreach (var pending in documents.SelectMany(static d => d.Qualifiers))
        {
            if (named.TryGetValue(pending.Target, out var index))
            {
                if (!attached.TryGetValue(index, out var list))
                {
                    attached[index] = list = new List<Qualifier>();
                }

                list.Add(pending.Qualifier);
            }
            else if (!broken.Contains(pending.Target))
            {
                // Not when the statement's block was broken: that error is reported already.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownStatement, pending.TargetLocation, pending.Target, Binder.UnknownIdAdvice(DiagnosticDescriptors.UnknownStatement, pending.Target, named.Keys)));
            }
        }

        foreach (var pair in attached)
        {
            statements[pair.Key] = statements[pair.Key] with { Qualifiers = pair.Value.ToEquatableArray() };
        }
    }

    /// <summary>Each entity with its declared name first, then every name it is mentioned by (.sic excluded), in corpus order.</summary>
    private static EquatableArray<Entity> Entities(List<BoundDocument> documents, EquatableArray<Mention> mentions)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var declared = documents.SelectMany(static d => d.Entities).ToList();
        foreach (var entity in declared)
        {
            names[entity.Id] = new List<string>();
            AddName(names[entity.Id], entity.Name);
        }

        foreach (var mention in mentions)
        {
            if (!mention.IsSic && names.TryGetValue(mention.EntityId, out var list))
            {
                AddName(list, mention.Text);
            }
        }

        return declared
            .OrderBy(static e => e.Kind, StringComparer.Ordinal)
            .ThenBy(static e => e.Id, StringComparer.Ordinal)
            .Select(e => new Entity(e.Id, e.Kind, e.Name, names[e.Id].ToEquatableArray(), e.Citation, e.Location))
            .ToEquatableArray();
    }

    private static void AddName(List<string> names, string name)
    {
        // Few names per entity: a list keeps their order, which the generated docs show.
        if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
        {
            names.Add(name);
        }
    }
}
