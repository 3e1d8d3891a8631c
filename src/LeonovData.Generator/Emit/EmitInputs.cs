using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Emit;

/// <summary>
/// What the typed model is generated from: the schema and the entity declarations, nothing about
/// statement values. Caching contract: editing a value never changes it, so a value edit never
/// re-emits the model; declaring, renaming or moving an entity's declaration does.
/// </summary>
/// <param name="Entities">Every entity, ordered by kind then id (ordinal), as the binder orders them.</param>
internal sealed record ModelInput(SchemaModel Schema, EquatableArray<Entity> Entities);

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
/// statement of a single-valued property).
/// </summary>
internal sealed record ShardStatement(Statement Statement, StatementKey? Canonical);

/// <summary>
/// One document of a shard: its key (the document as citations name it; unique in the corpus), its
/// header (null when it has none) and its statements in document order, so that the ordinal of
/// <see cref="StatementKey"/> is the index in <see cref="Statements"/>.
/// </summary>
internal sealed record ShardDocument(string Key, SourceDocument? Source, EquatableArray<ShardStatement> Statements)
{
    /// <summary>
    /// The entities this document declares, ordered by id (ordinal): the shard keeps their declarations'
    /// quotes and sentences with its other cited text, so the model carries none.
    /// </summary>
    public EquatableArray<Declaration> Declarations { get; init; } = EquatableArray<Declaration>.Empty;
}

/// <summary>
/// Where an entity is declared. Only the declaring document's text is in it (not the names other
/// documents give the entity), so a mention elsewhere never re-emits this shard.
/// </summary>
internal sealed record Declaration(string Id, Citation Citation);

/// <summary>
/// One data file: the documents that <see cref="Emitter.ShardOf"/> puts in shard <see cref="Number"/>,
/// ordered by key (ordinal). Caching contract: it changes only when one of these documents' headers,
/// statements or their resolution change, so an edit re-emits its own shard only.
/// </summary>
internal sealed record ShardInput(int Number, EquatableArray<ShardDocument> Documents);
