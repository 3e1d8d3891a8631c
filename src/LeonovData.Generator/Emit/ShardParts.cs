using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Emit;

/// <summary>
/// One file's statements of one subject group, resolved (<see cref="Checks.Resolution.Resolve"/>),
/// each with its position among the file's statements and the address of its canonical statement
/// (<see cref="ShardStatement.Canonical"/>; a key without a document for none). Parallel arrays
/// rather than an object per statement: the driver keeps every slice, and the joined shards read
/// their statements here (<see cref="ShardInput.Statement"/>).
/// </summary>
internal sealed record ResolvedSlice(string Path, EquatableArray<int> Ordinals, EquatableArray<Statement> Statements, EquatableArray<StatementKey> Canonical)
{
    /// <summary>The canonical statement of the statement at <paramref name="index"/>, or null.</summary>
    public StatementKey? CanonicalOf(int index) => Canonical[index] is { Document: not null } key ? key : null;
}

/// <summary>
/// One subject group's resolution, per file. Caching contract: changes only when a statement of the
/// group, or what one resolves to, changes, so an edit re-joins only the shards of the documents
/// whose statements it touched.
/// </summary>
internal sealed record GroupResolution(int Index, EquatableArray<ResolvedSlice> Slices);

/// <summary>
/// A file as a data shard lists it: its path, its key (the document as citations name it), its header
/// (or null), how many statements it states, and the entities whose declaration it holds (by id), whose
/// quotes and sentences the shard keeps for the model.
/// </summary>
/// <remarks>
/// The declarations are the bound document's own (<see cref="BoundDocument.Entities"/>), not a copy of
/// their ids and citations: an object per entity was a quarter of what splitting the corpus allocated.
/// They compare their names and places too, which a copy left out; a head is made again only when its
/// document was bound again, and a document whose declarations moved has statements that moved, whose
/// shard is joined again anyway.
/// </remarks>
internal sealed record DocumentHead(string Path, string Key, SourceDocument? Source, int Statements)
{
    public EquatableArray<EntityDeclaration> Declarations { get; init; } = EquatableArray<EntityDeclaration>.Empty;

    /// <summary>Whether a shard lists the file at all: a header, a statement or a declaration.</summary>
    public bool IsListed => Source is not null || Statements > 0 || !Declarations.IsEmpty;

    public static DocumentHead Of(BoundDocument document) => new(document.Path, document.RelativePath, document.Source, document.Statements.Count)
    {
        Declarations = Sorted(document.Entities),
    };

    /// <summary>Declarations ordered by id, as a shard's declarations table is searched: the same array when they are already.</summary>
    public static EquatableArray<EntityDeclaration> Sorted(EquatableArray<EntityDeclaration> declarations)
    {
        for (var i = 1; i < declarations.Count; i++)
        {
            if (string.CompareOrdinal(declarations[i - 1].Id, declarations[i].Id) > 0)
            {
                // Ids are unique (each won its id), so an unstable sort orders them as OrderBy did.
                var sorted = ImmutableArray.CreateBuilder<EntityDeclaration>(declarations.Count);
                sorted.AddRange(declarations.AsImmutableArray());
                sorted.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
                return new EquatableArray<EntityDeclaration>(sorted.MoveToImmutable());
            }
        }

        return declarations;
    }
}

/// <summary>
/// What one data shard is joined from: the heads of its files, in corpus order, and their resolved
/// slices from every subject group. Caching contract: unchanged documents and groups contribute the
/// very same objects, so comparing costs little, and a shard is joined again only when one of its
/// parts changed.
/// </summary>
internal sealed record ShardParts(int Number, EquatableArray<DocumentHead> Files, EquatableArray<ResolvedSlice> Slices)
{
    /// <summary>The parts of every shard that has a document, by shard number.</summary>
    public static IReadOnlyList<ShardParts> Split(IEnumerable<GroupResolution> groups, IEnumerable<DocumentHead> files, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var heads = files.Where(static h => h.IsListed).ToList();
        heads.Sort(static (a, b) => DocumentDeclarations.CompareOrder(a.Key, a.Path, b.Key, b.Path));
        var shardOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var head in heads)
        {
            shardOf[head.Path] = Emitter.ShardOf(head.Key);
        }

        var slices = new List<ResolvedSlice>[Emitter.ShardCount];
        for (var i = 0; i < slices.Length; i++)
        {
            slices[i] = new List<ResolvedSlice>();
        }

        foreach (var slice in groups.OrderBy(static g => g.Index).SelectMany(static g => g.Slices))
        {
            slices[shardOf[slice.Path]].Add(slice);
        }

        return heads
            .GroupBy(static h => Emitter.ShardOf(h.Key))
            .OrderBy(static g => g.Key)
            .Select(g => new ShardParts(g.Key, g.ToEquatableArray(), slices[g.Key].ToEquatableArray()))
            .ToList();
    }

    /// <summary>
    /// The shard's input: each document's statements back in document order. Files with one key (two
    /// <c>notes.leo</c> named by file name alone) are one document to the data, their statements one
    /// after the other, as the whole corpus lists them.
    /// </summary>
    public ShardInput Join(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Each file's statements by ordinal, as places among the slices' statements (ShardInput.Statement);
        // -1 until a slice gives one.
        var places = new Dictionary<string, ImmutableArray<int>.Builder>(Files.Count, StringComparer.Ordinal);
        foreach (var file in Files)
        {
            var array = ImmutableArray.CreateBuilder<int>(file.Statements);
            array.Count = file.Statements;
            for (var i = 0; i < array.Count; i++)
            {
                array[i] = -1;
            }

            places[file.Path] = array;
        }

        var place = 0;
        foreach (var slice in Slices)
        {
            var array = places[slice.Path];
            for (var i = 0; i < slice.Ordinals.Count; i++)
            {
                array[slice.Ordinals[i]] = place++;
            }
        }

        var documents = Files
            .GroupBy(static f => f.Key)
            .Select(g => new ShardDocument(
                g.Key,
                g.Select(static f => f.Source).FirstOrDefault(static s => s is not null),
                g.Count() == 1 ? new EquatableArray<int>(Complete(places[g.First().Path], g.First().Path).MoveToImmutable()) : g.SelectMany(f => Complete(places[f.Path], f.Path)).ToEquatableArray())
            {
                Declarations = g.Count() == 1 ? g.First().Declarations : DocumentHead.Sorted(g.SelectMany(static f => f.Declarations).ToEquatableArray()),
            });
        return new ShardInput(Number, documents.ToEquatableArray(), Slices);
    }

    private static ImmutableArray<int>.Builder Complete(ImmutableArray<int>.Builder statements, string path) =>
        statements.IndexOf(-1) is var missing and >= 0
            ? throw new InvalidOperationException($"statement {missing} of {path} is in no subject group")
            : statements;
}
