using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Binding;

/// <summary>A statement a document names (<c>#id</c>), by its position among the document's statements.</summary>
internal sealed record NamedStatement(string Id, SpanPlace IdPlace, int Ordinal, string Subject, string Property) : IIdDeclaration;

/// <summary>A statement that places <paramref name="Inner"/> within <paramref name="Outer"/> if its subject's kind reads <paramref name="Property"/> as its container.</summary>
internal sealed record WithinFact(string Inner, string Property, string Outer);

/// <summary>The distinct names (not .sic) one document mentions an entity by, in document order: the first, then any others.</summary>
/// <remarks>The first apart: a document mentions most entities by one name, and an array of one for each was
/// a third of what gathering a document's links allocated, kept by the driver with them.</remarks>
internal sealed record MentionedNames(string EntityId, string Name, EquatableArray<string> More);

/// <summary>
/// What one document contributes to the links between documents: the statements it names, the
/// qualifiers it sends to named statements, the entities it declares (with their citations) and the
/// names it mentions them by, and the "lies within" facts it may state. Caching contract: a value
/// edit leaves it equal unless it edits a qualifier sent elsewhere, a "within" fact or a sentence
/// that declares an entity, so the corpus's links usually stay cached.
/// </summary>
internal sealed record DocumentLinks(
    string Path,
    string RelativePath,
    EquatableArray<NamedStatement> Named,
    EquatableArray<PendingQualifier> Qualifiers,
    EquatableArray<string> BrokenNames,
    EquatableArray<EntityDeclaration> Entities,
    EquatableArray<MentionedNames> Names,
    EquatableArray<WithinFact> Within)
{
    /// <summary>The subjects of its statements, each once, ordered (ordinal): which entities it states something about.</summary>
    public EquatableArray<string> Subjects { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The document's links; <paramref name="schema"/> says which properties can state containment.</summary>
    public static DocumentLinks Of(BoundDocument document, SchemaModel schema)
    {
        var named = new List<NamedStatement>();
        var within = new List<WithinFact>();
        for (var i = 0; i < document.Statements.Count; i++)
        {
            var bound = document.Statements[i];
            var statement = bound.Statement;
            if (statement.Id is { } id && bound.IdPlace is { } place)
            {
                named.Add(new NamedStatement(id, place, i, statement.Subject, statement.Property));
            }

            // Candidates only: whether the subject's kind reads this property as its container is
            // known once every document's entities are (Containment.Edges filters the same way).
            if (statement.Value.EntityId is { } outer && statement.Rank != Rank.Deprecated && IsWithinProperty(schema, statement.Property))
            {
                within.Add(new WithinFact(statement.Subject, statement.Property, outer));
            }
        }

        var names = MentionedNamesScratch.Take();
        foreach (var mention in document.Mentions)
        {
            if (!mention.IsSic && mention.Text.Length > 0)
            {
                names.Add(mention.EntityId, mention.Text);
            }
        }

        return new DocumentLinks(
            document.Path,
            document.RelativePath,
            named.ToEquatableArray(),
            document.Qualifiers,
            document.BrokenNames,
            document.Entities,
            names.ToMentionedNamesAndReturn(),
            within.ToEquatableArray())
        {
            Subjects = SubjectsOf(document),
        };
    }

    // A walk over the schema's few kinds: a set of them per document cost more than the look-ups.
    private static bool IsWithinProperty(SchemaModel schema, string property)
    {
        foreach (var kind in schema.Kinds)
        {
            if (string.Equals(kind.WithinProperty, property, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Taken and given back as BinderLists describes.
    [ThreadStatic]
    private static string[]? s_subjects;

    // Sorted in an array and each kept once: a sorted set made a node per subject. The array is the
    // thread's, from document to document (cleared after each): only the distinct subjects are copied out.
    private static EquatableArray<string> SubjectsOf(BoundDocument document)
    {
        var count = document.Statements.Count;
        var subjects = s_subjects is { } kept && kept.Length >= count ? kept : new string[count];
        s_subjects = null;
        for (var i = 0; i < count; i++)
        {
            subjects[i] = document.Statements[i].Statement.Subject;
        }

        Array.Sort(subjects, 0, count, StringComparer.Ordinal);
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            if (distinct == 0 || !string.Equals(subjects[i], subjects[distinct - 1], StringComparison.Ordinal))
            {
                subjects[distinct++] = subjects[i];
            }
        }

        var result = new EquatableArray<string>(ImmutableArray.Create(subjects, 0, distinct));
        Array.Clear(subjects, 0, count);
        if (subjects.Length <= MaxKeptSubjects)
        {
            s_subjects = subjects;
        }

        return result;
    }

    // A document stating more than this gives its array up rather than keep it for the thread.
    private const int MaxKeptSubjects = 1 << 16;
}

/// <summary>
/// A statement that assembling the corpus changes: it loses its id to an earlier declaration
/// (LEO0206), or qualifiers from any document refine it. Addressed by its document's path and its
/// position among that document's statements.
/// </summary>
internal sealed record StatementLink(string Path, int Ordinal, bool LosesId, EquatableArray<Qualifier> Qualifiers)
{
    /// <summary>The statement as the corpus holds it.</summary>
    public Statement Apply(Statement statement)
    {
        var linked = LosesId ? statement with { Id = null } : statement;
        return Qualifiers.IsEmpty ? linked : linked with { Qualifiers = Qualifiers };
    }
}

/// <summary>The links of one subject group: its entities (with every name they are mentioned by) and its linked statements.</summary>
internal sealed record GroupLinks(int Index, EquatableArray<Entity> Entities, EquatableArray<StatementLink> Statements)
{
    public static GroupLinks None(int index) => new(index, EquatableArray<Entity>.Empty, EquatableArray<StatementLink>.Empty);
}

/// <summary>
/// The links between documents, which only the whole corpus knows: statement ids claimed after
/// every declaration (a repeated one is LEO0206), qualifiers attached to the statements they name
/// in any document (an unknown one is LEO0207), each entity's names gathered from its mentions
/// everywhere, and the "lies within" facts. Built from every document's <see cref="DocumentLinks"/>
/// alone, so it is light (no statement values) and most value edits leave it equal. Caching contract:
/// each group's share is its own element of <see cref="Groups"/>, so a change re-assembles only
/// the groups it touches.
/// </summary>
/// <param name="Entities">Every entity, ordered by kind then id (ordinal): the model's entities.</param>
/// <param name="Containment">Every "lies within" fact, in corpus order.</param>
/// <param name="Groups">One element per subject group, by index (<see cref="SubjectGroup.Count"/>).</param>
internal sealed record CorpusLinks(
    EquatableArray<Entity> Entities,
    ContainmentFacts Containment,
    EquatableArray<GroupLinks> Groups,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly CorpusLinks Empty = new(
        EquatableArray<Entity>.Empty,
        ContainmentFacts.None,
        Enumerable.Range(0, SubjectGroup.Count).Select(GroupLinks.None).ToEquatableArray(),
        EquatableArray<DiagnosticInfo>.Empty);

    public static CorpusLinks Build(IEnumerable<DocumentLinks> documents, IEnumerable<DocumentDeclarations> declarations, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ordered = documents.ToList();
        ordered.Sort(static (a, b) => DocumentDeclarations.CompareOrder(a.RelativePath, a.Path, b.RelativePath, b.Path));
        var declared = declarations.ToList();
        var diagnostics = new List<DiagnosticInfo>();

        // Statement ids are claimed after every declared id, in corpus order.
        var statementIds = 0;
        var qualifiers = 0;
        foreach (var document in ordered)
        {
            statementIds += document.Named.Count;
            qualifiers += document.Qualifiers.Count;
        }

        // Sized for a statement per qualifier (fewer when several refine one; a lost id adds one):
        // grown by doubling, the table was as much garbage again as it kept.
        var links = new Dictionary<(string Path, int Ordinal), (string Subject, bool LosesId, List<Qualifier>? Qualifiers)>(qualifiers);

        var claimed = IdTable.FirstDeclarations(declared, room: statementIds);
        var named = new Dictionary<string, (string Path, int Ordinal, string Subject, string Property)>(statementIds, StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            foreach (var statement in document.Named)
            {
                if (claimed.TryGetValue(statement.Id, out var first))
                {
                    diagnostics.Add(IdTable.Duplicate(statement.Id, statement.IdPlace, first.IdPlace));
                    links[(document.Path, statement.Ordinal)] = (statement.Subject, true, null);
                }
                else
                {
                    claimed[statement.Id] = statement;
                    named[statement.Id] = (document.Path, statement.Ordinal, statement.Subject, statement.Property);
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var entities = Named(ordered);
        var kinds = new Dictionary<string, string>(entities.Count, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            kinds.Add(entity.Id, entity.Kind);
        }

        var restricted = QualifierRestrictions(schema);
        var broken = new HashSet<string>(declared.SelectMany(static d => d.BrokenIds).Concat(ordered.SelectMany(static d => d.BrokenNames)), StringComparer.Ordinal);
        foreach (var pending in ordered.SelectMany(static d => d.Qualifiers))
        {
            if (named.TryGetValue(pending.Target, out var target))
            {
                if (restricted is not null && NotTaken(pending.Qualifier, target.Subject, target.Property, kinds, restricted) is { } notTaken)
                {
                    diagnostics.Add(notTaken);
                    continue;
                }

                var key = (target.Path, target.Ordinal);
                if (!links.TryGetValue(key, out var link))
                {
                    link = (target.Subject, false, null);
                }

                (link.Qualifiers ??= new List<Qualifier>()).Add(pending.Qualifier);
                links[key] = link;
            }
            else if (!broken.Contains(pending.Target))
            {
                // Not when the statement's block was broken: that error is reported already.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownStatement, pending.TargetPlace.ToLocation(), pending.Target, Binder.UnknownIdAdvice(DiagnosticDescriptors.UnknownStatement, pending.Target, named.Keys)));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var groupEntities = SubjectGroup.Buckets<Entity>();
        foreach (var entity in entities)
        {
            groupEntities[SubjectGroup.Of(entity.Id)].Add(entity);
        }

        var groupLinks = SubjectGroup.Buckets<StatementLink>();

        // The keys sorted in an array of their own (each is once in the table, so the order is total):
        // ordering the table's pairs by a query buffered every pair and two arrays of keys.
        var keys = new (string Path, int Ordinal)[links.Count];
        links.Keys.CopyTo(keys, 0);
        Array.Sort(keys, static (a, b) => string.CompareOrdinal(a.Path, b.Path) is var byPath and not 0 ? byPath : a.Ordinal.CompareTo(b.Ordinal));
        foreach (var key in keys)
        {
            var (subject, losesId, linked) = links[key];
            groupLinks[SubjectGroup.Of(subject)].Add(new StatementLink(key.Path, key.Ordinal, losesId, linked is null ? EquatableArray<Qualifier>.Empty : linked.ToEquatableArray()));
        }

        return new CorpusLinks(
            entities,
            new ContainmentFacts(ordered.SelectMany(static d => d.Within)
                .Where(w => kinds.TryGetValue(w.Inner, out var kind) && schema.Kind(kind)?.WithinProperty == w.Property)
                .Select(static w => new ContainmentEdge(w.Inner, w.Outer))
                .ToEquatableArray()),
            Enumerable.Range(0, SubjectGroup.Count).Select(i => new GroupLinks(i, groupEntities[i].ToEquatableArray(), groupLinks[i].ToEquatableArray())).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>The properties that restrict their qualifiers (<c>qualifiers=</c>), by kind and id; null when none does.</summary>
    private static Dictionary<(string Kind, string Property), PropertySpec>? QualifierRestrictions(SchemaModel schema)
    {
        Dictionary<(string, string), PropertySpec>? restricted = null;
        foreach (var property in schema.Properties)
        {
            if (property is { IsQualifier: false, Takes: not null })
            {
                (restricted ??= new Dictionary<(string, string), PropertySpec>())[(property.Of!, property.Id)] = property;
            }
        }

        return restricted;
    }

    /// <summary>LEO0219 when the statement's property does not take the qualifier, at the qualifier; otherwise null.</summary>
    private static DiagnosticInfo? NotTaken(Qualifier qualifier, string subject, string property, Dictionary<string, string> kinds, Dictionary<(string Kind, string Property), PropertySpec> restricted)
    {
        if (!kinds.TryGetValue(subject, out var kind) || !restricted.TryGetValue((kind, property), out var spec) || SchemaModel.Takes(spec, qualifier.Property))
        {
            return null;
        }

        var takes = spec.Takes!.Value;
        var advice = takes.IsEmpty ? "it takes no qualifier: remove this one" : $"it takes {string.Join(", ", takes.Select(static t => t.Id))}: use one of those";
        return DiagnosticInfo.Create(DiagnosticDescriptors.QualifierNotTaken, qualifier.Location, property, kind, qualifier.Property, advice);
    }

    /// <summary>
    /// Each entity with its declared name first, then every name it is mentioned by (.sic excluded),
    /// in corpus order, and the data shards of the documents that state something about it.
    /// </summary>
    private static EquatableArray<Entity> Named(List<DocumentLinks> documents)
    {
        var count = 0;
        foreach (var document in documents)
        {
            count += document.Entities.Count;
        }

        var declared = new EntityDeclaration[count];
        var at = 0;
        foreach (var document in documents)
        {
            document.Entities.AsImmutableArray().CopyTo(declared, at);
            at += document.Entities.Count;
        }

        var shards = Shards(documents, count);
        var names = new Dictionary<string, NameList>(declared.Length, StringComparer.Ordinal);
        foreach (var entity in declared)
        {
            var list = names[entity.Id] = new NameList();
            list.Add(entity.Name);
        }

        foreach (var mentioned in documents.SelectMany(static d => d.Names))
        {
            if (names.TryGetValue(mentioned.EntityId, out var list))
            {
                list.Add(mentioned.Name);
                foreach (var name in mentioned.More)
                {
                    list.Add(name);
                }
            }
        }

        // Sorted in place, each entity made straight into an array of the exact size: the query
        // buffered the declarations and their keys, and grew the entities' array by doubling. A
        // stable sort, as the query's was: the position breaks ties.
        var positions = new int[declared.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        Array.Sort(positions, (a, b) =>
            string.CompareOrdinal(declared[a].Kind, declared[b].Kind) is var byKind and not 0 ? byKind
            : string.CompareOrdinal(declared[a].Id, declared[b].Id) is var byId and not 0 ? byId
            : a.CompareTo(b));
        var entities = ImmutableArray.CreateBuilder<Entity>(declared.Length);
        foreach (var position in positions)
        {
            var e = declared[position];
            entities.Add(new Entity(e, names[e.Id].ToEquatableArray()) { Shards = shards.TryGetValue(e.Id, out var mask) ? mask : 0 });
        }

        return new EquatableArray<Entity>(entities.MoveToImmutable());
    }

    /// <summary>The data shards of the documents that state something about each entity, by id.</summary>
    /// <param name="entities">How many entities are declared: the table's room, since subjects are entities.</param>
    private static Dictionary<string, int> Shards(List<DocumentLinks> documents, int entities)
    {
        var shards = new Dictionary<string, int>(entities, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var bit = 1 << Emit.Emitter.ShardOf(document.RelativePath);
            foreach (var subject in document.Subjects)
            {
                shards.TryGetValue(subject, out var mask);
                shards[subject] = mask | bit;
            }
        }

        return shards;
    }
}
