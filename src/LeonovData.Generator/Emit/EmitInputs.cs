using System;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Emit;

/// <summary>
/// What the typed model is generated from: the schema and the entity declarations, nothing about
/// statement values. Caching contract: editing a value never changes it, so a value edit never
/// re-emits the model; declaring, renaming or moving an entity's declaration does.
/// </summary>
/// <param name="Entities">
/// Every entity, ordered by kind then id (ordinal), as the binder orders them: the links' own objects,
/// compared without their citations' quotes and sentences, which the model does not print (a
/// declaration's quote and sentence live in its shard). So a value edit in a sentence that declares
/// an entity leaves this input equal and the model cached, without a copy of every entity and its
/// citation for the driver to keep beside the links' (1.7 MB at 100 × 1,000). The price: when the
/// input stays equal after such an edit, the entities the driver keeps are the earlier run's, whose
/// citations slice the document's earlier text, so that text stays alive beside the new one until
/// the model's input next changes (at most one earlier text per document so edited).
/// </param>
internal sealed record ModelInput(SchemaModel Schema, EquatableArray<Entity> Entities)
{
    public bool Equals(ModelInput? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Schema.Equals(other.Schema) && SameForTheModel(Entities, other.Entities));

    // The schema and the number of entities: equal inputs hash equally; the driver compares, it does not hash.
    public override int GetHashCode() =>
        unchecked((Schema.GetHashCode() * 31) + Entities.Count);

    private static bool SameForTheModel(EquatableArray<Entity> mine, EquatableArray<Entity> theirs)
    {
        if (mine.Count != theirs.Count)
        {
            return false;
        }

        for (var i = 0; i < mine.Count; i++)
        {
            if (!SameForTheModel(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every member but the citation's quote and sentence, as the record's own equality compares them
    /// (a member added to <see cref="Entity"/> must be added here too, or the model would not see it change).</summary>
    private static bool SameForTheModel(Entity a, Entity b) =>
        ReferenceEquals(a, b)
        || (string.Equals(a.Id, b.Id, StringComparison.Ordinal) && string.Equals(a.Kind, b.Kind, StringComparison.Ordinal)
            && string.Equals(a.Name, b.Name, StringComparison.Ordinal) && a.Names.Equals(b.Names) && a.Place.Equals(b.Place) && a.Shards == b.Shards
            && SameForTheModel(a.Citation, b.Citation));

    private static bool SameForTheModel(Citation a, Citation b) =>
        a.Line == b.Line && a.Column == b.Column && string.Equals(a.Document, b.Document, StringComparison.Ordinal);
}

/// <summary>
/// The stable address of a statement: the document it is stated in (its key, see
/// <see cref="ShardDocument.Key"/>) and its position among that document's statements. It does not
/// change when other documents change, so a statement in one shard can refer to one in another
/// without a global index. A value, not an object: every statement of the corpus carries one.
/// </summary>
internal readonly record struct StatementKey(string Document, int Ordinal);

/// <summary>
/// A statement with its cross-document resolution already computed (see
/// <see cref="Checks.Resolution.Canonical"/>): the statement that states its value canonically
/// (possibly itself), or null when it states nothing that holds (deprecated, or lost to a preferred
/// statement of a single-valued property). A value read out of a <see cref="ResolvedSlice"/> while a
/// shard is written, never stored: an object per statement was kept twice by the driver (the
/// resolved slices and the joined shards), 5 MB at 100 × 1,000.
/// </summary>
internal readonly struct ShardStatement
{
    public ShardStatement(Statement statement, StatementKey? canonical)
    {
        Statement = statement;
        Canonical = canonical;
    }

    public Statement Statement { get; }

    public StatementKey? Canonical { get; }
}

/// <summary>
/// One document of a shard: its key (the document as citations name it; unique in the corpus), its
/// header (null when it has none) and its statements in document order, each as its place among the
/// shard's resolved slices (<see cref="ShardInput.Statement"/>), so that the ordinal of
/// <see cref="StatementKey"/> is the index in <see cref="Places"/>. Places rather than the
/// statements: the driver keeps the slices anyway (the resolution's output), and a copy of each
/// statement's record here was most of what the join kept.
/// </summary>
internal sealed record ShardDocument(string Key, SourceDocument? Source, EquatableArray<int> Places)
{
    /// <summary>
    /// The entities this document declares, ordered by id (ordinal): the shard keeps their declarations'
    /// quotes and sentences with its other cited text, so the model carries none.
    /// </summary>
    public EquatableArray<EntityDeclaration> Declarations { get; init; } = EquatableArray<EntityDeclaration>.Empty;
}

/// <summary>
/// One data file: the documents that <see cref="Emitter.ShardOf"/> puts in shard <see cref="Number"/>,
/// ordered by key (ordinal), and the resolved slices their statements are read from. Caching contract:
/// it changes only when one of these documents' headers, statements or their resolution change, so an
/// edit re-emits its own shard only.
/// </summary>
/// <param name="Slices">The shard's resolved slices; a statement's place (<see cref="ShardDocument.Places"/>) counts their statements one slice after the other.</param>
internal sealed record ShardInput(int Number, EquatableArray<ShardDocument> Documents, EquatableArray<ResolvedSlice> Slices)
{
    private readonly EquatableArray<ResolvedSlice> _slices = Slices;

    // Where each slice's statements start among the places: derived from the slices (again when a
    // copy is given others), so not compared.
    private readonly int[] _starts = Starts(Slices);

    public EquatableArray<ResolvedSlice> Slices
    {
        get => _slices;
        init => (_slices, _starts) = (value, Starts(value));
    }

    /// <summary>The statement at a place of <see cref="ShardDocument.Places"/>.</summary>
    public ShardStatement Statement(int place)
    {
        var slice = -1;
        return Statement(place, ref slice);
    }

    /// <summary>
    /// The same, looking first in <paramref name="slice"/> (then set to the slice that holds the place):
    /// a document states a subject's properties one after another, so the next place is mostly in the
    /// slice of the one before, and a reader in document order searches the slices rarely.
    /// </summary>
    public ShardStatement Statement(int place, ref int slice)
    {
        if (slice < 0 || slice >= _starts.Length || place < _starts[slice] || place - _starts[slice] >= Slices[slice].Statements.Count)
        {
            slice = SliceOf(place);
        }

        var resolved = Slices[slice];
        var at = place - _starts[slice];
        return new ShardStatement(resolved.Statements[at], resolved.CanonicalOf(at));
    }

    private int SliceOf(int place)
    {
        // The last slice that starts at or before the place.
        var slice = Array.BinarySearch(_starts, place);
        if (slice < 0)
        {
            slice = ~slice - 1;
        }

        // An empty slice starts where the next does: go on to the slice that holds the place.
        while (place - _starts[slice] >= Slices[slice].Statements.Count)
        {
            slice++;
        }

        return slice;
    }

    public bool Equals(ShardInput? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Number == other.Number && Documents.Equals(other.Documents) && Slices.Equals(other.Slices));

    public override int GetHashCode() => (Number * 31 + Documents.GetHashCode()) * 31 + Slices.GetHashCode();

    private static int[] Starts(EquatableArray<ResolvedSlice> slices)
    {
        var starts = new int[slices.Count];
        var start = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = start;
            start += slices[i].Statements.Count;
        }

        return starts;
    }
}
