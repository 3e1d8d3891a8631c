using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Checks;

/// <summary>One "lies within" fact (Burdenko hospital is in Moscow), for <see cref="Containment"/>.</summary>
internal sealed record ContainmentEdge(string Inner, string Outer);

/// <summary>
/// The subjects whose ids hash to one of a fixed number of groups, with everything the checks and
/// the resolution need about them: their statements and mentions, and the "within" facts that the
/// places among their values lie in. Caching contract: equal unless a statement, mention or
/// containment of one of its subjects changed, so an edit re-checks only the groups it touches.
/// </summary>
internal sealed record SubjectGroup(
    int Index,
    SchemaModel Schema,
    EquatableArray<Entity> Entities,
    EquatableArray<Statement> Statements,
    EquatableArray<Mention> Mentions,
    EquatableArray<ContainmentEdge> Containment)
{
    /// <summary>How many groups a corpus is split into: enough that an edit re-checks a small share, few enough to stay cheap to compare.</summary>
    public const int Count = 64;

    /// <summary>The group's subjects as a corpus of their own (documents aside), which the rules read.</summary>
    public Corpus AsCorpus() => new(Schema, EquatableArray<SourceDocument>.Empty, Entities, Statements, Mentions);

    /// <summary>Splits a corpus by subject, keeping corpus order within each group; empty groups are left out.</summary>
    public static IReadOnlyList<SubjectGroup> Partition(Corpus corpus, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var containment = Checks.Containment.Edges(corpus);
        var parents = containment.ToLookup(static e => e.Inner, StringComparer.Ordinal);
        var entities = Buckets<Entity>();
        var statements = Buckets<Statement>();
        var mentions = Buckets<Mention>();
        foreach (var entity in corpus.Entities)
        {
            entities[Of(entity.Id)].Add(entity);
        }

        foreach (var statement in corpus.Statements)
        {
            statements[Of(statement.Subject)].Add(statement);
        }

        foreach (var mention in corpus.Mentions)
        {
            mentions[Of(mention.EntityId)].Add(mention);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var groups = new List<SubjectGroup>();
        for (var i = 0; i < Count; i++)
        {
            if (entities[i].Count == 0 && statements[i].Count == 0 && mentions[i].Count == 0)
            {
                continue;
            }

            groups.Add(new SubjectGroup(i, corpus.Schema, entities[i].ToEquatableArray(), statements[i].ToEquatableArray(), mentions[i].ToEquatableArray(), Slice(statements[i], parents)));
        }

        return groups;
    }

    /// <summary>The group of an id: FNV-1a, stable across processes (string hashes are randomised per process).</summary>
    public static int Of(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Count);
    }

    /// <summary>The containment facts above every entity the statements name as a value, in corpus order.</summary>
    private static EquatableArray<ContainmentEdge> Slice(List<Statement> statements, ILookup<string, ContainmentEdge> parents)
    {
        var needed = new HashSet<ContainmentEdge>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var statement in statements)
        {
            if (statement.Value.EntityId is { } id && seen.Add(id))
            {
                pending.Push(id);
            }
        }

        while (pending.Count > 0)
        {
            foreach (var edge in parents[pending.Pop()])
            {
                needed.Add(edge);
                if (seen.Add(edge.Outer))
                {
                    pending.Push(edge.Outer);
                }
            }
        }

        if (needed.Count == 0)
        {
            return EquatableArray<ContainmentEdge>.Empty;
        }

        // Corpus order, as Containment reads parents in it (the first is the one Depth follows).
        return parents.SelectMany(static g => g).Where(needed.Contains).ToEquatableArray();
    }

    private static List<T>[] Buckets<T>()
    {
        var buckets = new List<T>[Count];
        for (var i = 0; i < Count; i++)
        {
            buckets[i] = new List<T>();
        }

        return buckets;
    }
}
