using System.Collections.Generic;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Encodes the entities of one kind, ordered by id, into a blob with one table (read by
/// <c>LeonovData.Runtime/Catalogue.cs</c>): id, display name, name variants, and where it is declared (document,
/// line, column and the document's shard, which keeps the declaration's quote and sentence with the
/// rest of the document's cited text: see <see cref="ShardEmitter.Declarations"/>), and the shards that
/// hold statements about it (<see cref="Entity.Shards"/>).
/// </summary>
internal static class CatalogueEncoder
{
    /// <summary>The catalogue's data as literal text, or null when it is too large for one blob.</summary>
    public static string? Encode(IReadOnlyList<Entity> entities)
    {
        var blob = new Blob(tables: 1);
        foreach (var entity in entities)
        {
            var record = blob.Begin(0).Number(blob.String(entity.Id)).Number(blob.String(entity.Name)).Number(entity.Names.Count);
            foreach (var name in entity.Names)
            {
                record.Number(blob.String(name));
            }

            var citation = entity.Citation;
            record.Number(blob.String(citation.Document)).Number(citation.Line).Number(citation.Column).Number(Emitter.ShardOf(citation.Document)).Number(entity.Shards);
            blob.Add(0, record);
        }

        return blob.Build();
    }
}
