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
/// One document's statements and mentions whose subject falls in one subject group, as bound (the
/// corpus's links not applied yet). Caching contract: a pure function of the bound document, so a
/// value edit changes the slices of the groups its statements fall in, and no other.
/// </summary>
/// <param name="Document">The document's key, as citations name it.</param>
/// <param name="Ordinals">Each statement's position among the document's statements.</param>
/// <param name="Statements">The statements at <paramref name="Ordinals"/>, read from the document's own array.</param>
internal sealed record GroupSlice(int Group, string Path, string Document, EquatableArray<int> Ordinals, SliceStatements Statements, EquatableArray<Mention> Mentions)
{
    /// <summary>A document cut by subject group; groups it says nothing about are left out.</summary>
    /// <remarks>
    /// Counted first, then each slice filled at its exact size: a document states a few facts about
    /// each of many subjects, and a list per group (three per document, grown from four) made more
    /// garbage than the slices kept. The counting arrays are the thread's (<see cref="SliceScratch"/>).
    /// </remarks>
    public static EquatableArray<GroupSlice> Of(BoundDocument document)
    {
        var scratch = SliceScratch.Take(document.Statements.Count, document.Mentions.Count);
        var (statementGroups, mentionGroups, statementCounts, mentionCounts) = (scratch.StatementGroups, scratch.MentionGroups, scratch.StatementCounts, scratch.MentionCounts);
        for (var i = 0; i < document.Statements.Count; i++)
        {
            statementCounts[statementGroups[i] = SubjectGroup.Of(document.Statements[i].Statement.Subject)]++;
        }

        for (var i = 0; i < document.Mentions.Count; i++)
        {
            mentionCounts[mentionGroups[i] = SubjectGroup.Of(document.Mentions[i].EntityId)]++;
        }

        var ordinals = scratch.Ordinals;
        for (var i = 0; i < document.Statements.Count; i++)
        {
            var group = statementGroups[i];
            (ordinals[group] ??= ImmutableArray.CreateBuilder<int>(statementCounts[group])).Add(i);
        }

        var mentions = scratch.Mentions;
        for (var i = 0; i < document.Mentions.Count; i++)
        {
            var group = mentionGroups[i];
            (mentions[group] ??= ImmutableArray.CreateBuilder<Mention>(mentionCounts[group])).Add(document.Mentions[i]);
        }

        var slices = scratch.Slices;
        for (var group = 0; group < SubjectGroup.Count; group++)
        {
            if (ordinals[group] is not null || mentions[group] is not null)
            {
                var inGroup = Exact(ordinals[group]);
                slices.Add(new GroupSlice(group, document.Path, document.RelativePath, inGroup, new SliceStatements(document.Statements, inGroup), Exact(mentions[group])));
            }
        }

        var result = slices.ToEquatableArray();
        scratch.Return();
        return result;
    }

    /// <summary>
    /// What <see cref="Of"/> counts and gathers a document's slices in, kept by the thread from document
    /// to document (taken and given back as <see cref="Binding.BinderLists"/> describes): six arrays and
    /// a list per document were most of what splitting the corpus allocated beside the slices it keeps.
    /// </summary>
    private sealed class SliceScratch
    {
        // A document with more statements or mentions than this gives its arrays up rather than keep them for the thread.
        private const int MaxKept = 1 << 16;

        [ThreadStatic]
        private static SliceScratch? s_kept;

        /// <summary>Each statement's group: as long as the document's statements at least (never cleared; each use writes what it reads).</summary>
        public int[] StatementGroups { get; private set; } = Array.Empty<int>();

        /// <summary>Each mention's group, as <see cref="StatementGroups"/>.</summary>
        public int[] MentionGroups { get; private set; } = Array.Empty<int>();

        public int[] StatementCounts { get; } = new int[SubjectGroup.Count];

        public int[] MentionCounts { get; } = new int[SubjectGroup.Count];

        public ImmutableArray<int>.Builder?[] Ordinals { get; } = new ImmutableArray<int>.Builder?[SubjectGroup.Count];

        public ImmutableArray<Mention>.Builder?[] Mentions { get; } = new ImmutableArray<Mention>.Builder?[SubjectGroup.Count];

        public List<GroupSlice> Slices { get; } = new();

        public static SliceScratch Take(int statements, int mentions)
        {
            var scratch = s_kept ?? new SliceScratch();
            s_kept = null;
            if (scratch.StatementGroups.Length < statements)
            {
                scratch.StatementGroups = new int[statements];
            }

            if (scratch.MentionGroups.Length < mentions)
            {
                scratch.MentionGroups = new int[mentions];
            }

            return scratch;
        }

        /// <summary>Empties it (no builder or slice left in it, so it keeps no document alive) and gives it back to the thread.</summary>
        public void Return()
        {
            Array.Clear(StatementCounts, 0, StatementCounts.Length);
            Array.Clear(MentionCounts, 0, MentionCounts.Length);
            Array.Clear(Ordinals, 0, Ordinals.Length);
            Array.Clear(Mentions, 0, Mentions.Length);
            Slices.Clear();
            if (StatementGroups.Length <= MaxKept && MentionGroups.Length <= MaxKept && Slices.Capacity <= SubjectGroup.Count)
            {
                s_kept = this;
            }
        }
    }

    private static EquatableArray<T> Exact<T>(ImmutableArray<T>.Builder? items)
        where T : IEquatable<T> =>
        items is null ? EquatableArray<T>.Empty : new(items.MoveToImmutable());
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
