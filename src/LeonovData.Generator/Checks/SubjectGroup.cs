using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Checks;

/// <summary>
/// Where a run of a group's statements is stated, one after the other: the file (its path; a whole
/// corpus knows only the key), the document as citations name it, how many statements of the
/// document come before the file's (none, unless several files share the document's key: the data
/// then lists them as one document, one file's statements after the other's), and each statement's
/// position among the file's statements. A run per file of the group, not a value per statement:
/// the driver keeps every group, and its <see cref="Ordinals"/> are the very array of the file's
/// slice (<see cref="GroupSlice.Ordinals"/>), which it keeps anyway.
/// </summary>
/// <remarks>Two runs in a row never name the same file, so two groups' runs are equal exactly when
/// their statements' places are.</remarks>
internal readonly record struct PlaceRun(string Path, string Document, int Offset, EquatableArray<int> Ordinals)
{
    /// <summary>The position among the document's statements of the run's <paramref name="index"/>th statement.</summary>
    public int InDocument(int index) => Offset + Ordinals[index];
}

/// <summary>One "lies within" fact (Burdenko hospital is in Moscow), for <see cref="Containment"/>.</summary>
internal sealed record ContainmentEdge(string Inner, string Outer);

/// <summary>
/// The subjects whose ids hash to one of a fixed number of groups, with everything the checks and
/// the resolution need about them: their statements and mentions, and the "within" facts that the
/// places among their values lie in. Caching contract: equal unless a statement, mention or
/// containment of one of its subjects changed, so an edit re-checks only the groups it touches.
/// </summary>
/// <param name="Places">Where <paramref name="Statements"/> are stated, run by run in their order: their document and their positions there.</param>
internal sealed record SubjectGroup(
    int Index,
    SchemaModel Schema,
    EquatableArray<Entity> Entities,
    EquatableArray<Statement> Statements,
    EquatableArray<Mention> Mentions,
    EquatableArray<ContainmentEdge> Containment,
    EquatableArray<PlaceRun> Places)
{
    /// <summary>How many groups a corpus is split into: enough that an edit re-checks a small share, few enough to stay cheap to compare.</summary>
    public const int Count = 64;

    /// <summary>The group's subjects as a corpus of their own (documents aside), which the rules read.</summary>
    public Corpus AsCorpus() => new(Schema, EquatableArray<SourceDocument>.Empty, Entities, Statements, Mentions);

    /// <summary>Splits a corpus by subject, keeping corpus order within each group; empty groups are left out.</summary>
    public static IReadOnlyList<SubjectGroup> Partition(Corpus corpus, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var containment = new ContainmentFacts(Checks.Containment.Edges(corpus).ToEquatableArray());
        var entities = Buckets<Entity>();
        var statements = Buckets<Statement>();
        var places = Buckets<(string Document, List<int> Ordinals)>();
        var mentions = Buckets<Mention>();
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in corpus.Entities)
        {
            entities[Of(entity.Id)].Add(entity);
        }

        foreach (var statement in corpus.Statements)
        {
            var document = statement.Citation.Document;
            ordinals.TryGetValue(document, out var ordinal);
            ordinals[document] = ordinal + 1;
            var group = Of(statement.Subject);
            statements[group].Add(statement);
            var runs = places[group];
            if (runs.Count == 0 || runs[runs.Count - 1].Document != document)
            {
                runs.Add((document, new List<int>()));
            }

            runs[runs.Count - 1].Ordinals.Add(ordinal);
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

            groups.Add(new SubjectGroup(i, corpus.Schema, entities[i].ToEquatableArray(), statements[i].ToEquatableArray(), mentions[i].ToEquatableArray(), containment.Above(statements[i]), places[i].Select(static r => new PlaceRun(r.Document, r.Document, 0, r.Ordinals.ToEquatableArray())).ToEquatableArray()));
        }

        return groups;
    }

    /// <summary>
    /// The group as the generator assembles it, from its share of each document and of the corpus's
    /// links: the same group <see cref="Partition"/> cuts from the whole corpus.
    /// </summary>
    public static SubjectGroup Assemble(GroupParts parts, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Sized once: grown by doubling, the table was as much garbage again as it kept.
        var linked = new Dictionary<(string Path, int Ordinal), StatementLink>(parts.Links.Statements.Count);
        foreach (var link in parts.Links.Statements)
        {
            linked.Add((link.Path, link.Ordinal), link);
        }

        var offsets = parts.Offsets.IsEmpty ? null : parts.Offsets.ToDictionary(static o => o.Path, static o => o.Offset, StringComparer.Ordinal);
        var count = 0;
        var mentionCount = 0;
        foreach (var slice in parts.Slices)
        {
            count += slice.Statements.Count;
            mentionCount += slice.Mentions.Count;
        }

        // Builders of the exact size, whose arrays become the group's own (MoveToImmutable): a list
        // copied into an array, and mentions gathered by a query, made each array twice or more.
        var statements = ImmutableArray.CreateBuilder<Statement>(count);
        var mentions = ImmutableArray.CreateBuilder<Mention>(mentionCount);
        var places = new List<PlaceRun>(parts.Slices.Count);
        foreach (var slice in parts.Slices)
        {
            mentions.AddRange(slice.Mentions.AsImmutableArray());
            if (slice.Statements.IsEmpty)
            {
                continue; // a slice of mentions only
            }

            for (var i = 0; i < slice.Statements.Count; i++)
            {
                var ordinal = slice.Ordinals[i];
                statements.Add(linked.TryGetValue((slice.Path, ordinal), out var link) ? link.Apply(slice.Statements[i]) : slice.Statements[i]);
            }

            var offset = offsets is not null && offsets.TryGetValue(slice.Path, out var before) ? before : 0;
            places.Add(new PlaceRun(slice.Path, slice.Document, offset, slice.Ordinals));
        }

        var all = statements.MoveToImmutable();
        return new SubjectGroup(
            parts.Index,
            parts.Schema,
            parts.Links.Entities,
            new EquatableArray<Statement>(all),
            new EquatableArray<Mention>(mentions.MoveToImmutable()),
            parts.Containment.Above(all),
            places.ToEquatableArray());
    }

    /// <summary>The group of an id: FNV-1a, stable across processes (string hashes are randomised per process).</summary>
    public static int Of(string id)
    {
        return (int)(Fnv1a.Hash(id) % Count);
    }

    /// <summary>One empty list per group.</summary>
    internal static List<T>[] Buckets<T>()
    {
        var buckets = new List<T>[Count];
        for (var i = 0; i < Count; i++)
        {
            buckets[i] = new List<T>();
        }

        return buckets;
    }
}
