using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Checks;

/// <summary>
/// One document's statements and mentions whose subject falls in one subject group, as bound (the
/// corpus's links not applied yet). Caching contract: a pure function of the bound document, so a
/// value edit changes the slices of the groups its statements fall in, and no other.
/// </summary>
/// <param name="Document">The document's key, as citations name it.</param>
/// <param name="Ordinals">Each statement's position among the document's statements.</param>
internal sealed record GroupSlice(int Group, string Path, string Document, EquatableArray<int> Ordinals, EquatableArray<Statement> Statements, EquatableArray<Mention> Mentions)
{
    /// <summary>A document cut by subject group; groups it says nothing about are left out.</summary>
    public static EquatableArray<GroupSlice> Of(BoundDocument document)
    {
        var ordinals = new List<int>?[SubjectGroup.Count];
        var statements = new List<Statement>?[SubjectGroup.Count];
        var mentions = new List<Mention>?[SubjectGroup.Count];
        for (var i = 0; i < document.Statements.Count; i++)
        {
            var statement = document.Statements[i].Statement;
            var group = SubjectGroup.Of(statement.Subject);
            (ordinals[group] ??= new List<int>()).Add(i);
            (statements[group] ??= new List<Statement>()).Add(statement);
        }

        foreach (var mention in document.Mentions)
        {
            (mentions[SubjectGroup.Of(mention.EntityId)] ??= new List<Mention>()).Add(mention);
        }

        var slices = new List<GroupSlice>();
        for (var group = 0; group < SubjectGroup.Count; group++)
        {
            if (statements[group] is not null || mentions[group] is not null)
            {
                slices.Add(new GroupSlice(
                    group,
                    document.Path,
                    document.RelativePath,
                    ordinals[group]?.ToEquatableArray() ?? EquatableArray<int>.Empty,
                    statements[group]?.ToEquatableArray() ?? EquatableArray<Statement>.Empty,
                    mentions[group]?.ToEquatableArray() ?? EquatableArray<Mention>.Empty));
            }
        }

        return slices.ToEquatableArray();
    }
}

/// <summary>
/// What the subject groups and the data shards take from one bound document: its slices and its
/// head, in one step so that the driver walks its documents once for both.
/// </summary>
internal sealed record DocumentShares(EquatableArray<GroupSlice> Slices, Emit.DocumentHead Head)
{
    public static DocumentShares Of(BoundDocument document) => new(GroupSlice.Of(document), Emit.DocumentHead.Of(document));
}

/// <summary>
/// Everything one subject group is assembled from: its slice of each document (in corpus order),
/// its share of the corpus's links, and every "lies within" fact (which its values may need at any
/// depth). Caching contract: the slices and links are the very objects of unchanged documents, so
/// comparing costs little, and a group is assembled again only when one of its parts changed.
/// </summary>
/// <param name="Offsets">For files that share their document's key with an earlier file: how many statements of that document come before theirs (none in the usual case).</param>
internal sealed record GroupParts(int Index, SchemaModel Schema, EquatableArray<GroupSlice> Slices, GroupLinks Links, ContainmentFacts Containment, EquatableArray<FileOffset> Offsets)
{
    /// <summary>Every group's parts, by index (all of them, so that a group keeps its place in the pipeline); none for an empty corpus.</summary>
    public static IReadOnlyList<GroupParts> Split(IEnumerable<EquatableArray<GroupSlice>> documents, CorpusLinks links, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ordered = documents.Where(static d => !d.IsEmpty).ToList();
        if (ordered.Count == 0 && links.Entities.IsEmpty)
        {
            return Array.Empty<GroupParts>();
        }

        // Corpus order: the binder's document order (every slice of a document names it).
        ordered.Sort(static (a, b) => DocumentDeclarations.CompareOrder(a[0].Document, a[0].Path, b[0].Document, b[0].Path));
        var groups = SubjectGroup.Buckets<GroupSlice>();

        foreach (var slice in ordered.SelectMany(static d => d))
        {
            groups[slice.Group].Add(slice);
        }

        var offsets = FileOffsets(ordered);
        return Enumerable.Range(0, SubjectGroup.Count)
            .Select(i => new GroupParts(i, schema, groups[i].ToEquatableArray(), links.Groups[i], links.Containment, offsets))
            .ToList();
    }

    // Files that share a key (two notes.leo outside any project folder) are one document to the data,
    // in corpus order: a statement's address in it counts the statements of the files before.
    private static EquatableArray<FileOffset> FileOffsets(List<EquatableArray<GroupSlice>> ordered)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        List<FileOffset>? offsets = null;
        foreach (var document in ordered)
        {
            var key = document[0].Document;
            if (seen.TryGetValue(key, out var before))
            {
                (offsets ??= new List<FileOffset>()).Add(new FileOffset(document[0].Path, before));
            }

            seen[key] = before + document.Sum(static slice => slice.Statements.Count);
        }

        return offsets is null ? EquatableArray<FileOffset>.Empty : offsets.ToEquatableArray();
    }
}

/// <summary>How many statements of its document come before a file's, when files share the document's key.</summary>
internal sealed record FileOffset(string Path, int Offset);
