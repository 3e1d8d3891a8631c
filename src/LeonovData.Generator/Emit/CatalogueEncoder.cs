using System.Collections.Generic;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Encodes the entities of one kind, ordered by id, into a blob with one table (read by
/// <c>Runtime/Catalogue.cs</c>): id, display name, name variants and declaration citation.
/// </summary>
internal static class CatalogueEncoder
{
    /// <summary>The catalogue's data as literal text, or null when it is too large for one blob.</summary>
    public static string? Encode(IReadOnlyList<Entity> entities, bool utf8)
    {
        var blob = new Blob(utf8, tables: 1);
        foreach (var entity in entities)
        {
            var record = new Record().Number(blob.String(entity.Id)).Number(blob.String(entity.Name)).Number(entity.Names.Count);
            foreach (var name in entity.Names)
            {
                record.Number(blob.String(name));
            }

            ShardEmitter.Citation(record, blob, entity.Citation);
            blob.Add(0, record);
        }

        return blob.Build();
    }
}
