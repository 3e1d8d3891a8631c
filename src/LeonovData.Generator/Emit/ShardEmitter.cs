using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Encodes one shard's documents and statements into a blob (see <see cref="Blob"/>) with four
/// tables, read by <c>Runtime/Shard.cs</c>:
/// documents (ordered by key), statements (document by document, in document order), subjects
/// (ordered by id: the statements about each) and referents (ordered by id: the statements whose
/// value is that entity, for reverse navigation).
/// </summary>
internal static class ShardEmitter
{
    public const int Documents = 0;
    public const int Statements = 1;
    public const int Subjects = 2;
    public const int Referents = 3;

    /// <summary>The shard's data as literal text, or null when it is too large for one blob.</summary>
    public static string? Encode(ShardInput shard, bool utf8)
    {
        var blob = new Blob(utf8, tables: 4);
        var subjects = new SortedDictionary<string, List<int>>(System.StringComparer.Ordinal);
        var referents = new SortedDictionary<string, List<int>>(System.StringComparer.Ordinal);
        var first = 0;
        for (var d = 0; d < shard.Documents.Count; d++)
        {
            var document = shard.Documents[d];
            blob.Add(Documents, Document(blob, document, first));
            for (var ordinal = 0; ordinal < document.Statements.Count; ordinal++)
            {
                var statement = document.Statements[ordinal];
                var index = blob.Add(Statements, Statement(blob, d, ordinal, statement));
                Index(subjects, statement.Statement.Subject, index);
                if (statement.Statement.Value.EntityId is { } referent)
                {
                    Index(referents, referent, index);
                }
            }

            first += document.Statements.Count;
        }

        WriteIndex(blob, Subjects, subjects);
        WriteIndex(blob, Referents, referents);
        return blob.Build();
    }

    private static Record Document(Blob blob, ShardDocument document, int first)
    {
        var record = new Record().Number(blob.String(document.Key)).Number(first).Number(document.Statements.Count).Flag(document.Source is not null);
        if (document.Source is { } source)
        {
            record.Number(blob.String(source.Id)).Number(blob.String(source.RelativePath)).Number(blob.String(source.Kind)).Number(blob.String(source.Outlet))
                .Number(blob.String(source.Title)).Number(blob.String(source.Author)).Number(blob.String(source.Url)).Number(blob.String(source.Published))
                .Number(blob.String(source.Retrieved)).Number(blob.String(source.Licence)).Number(blob.String(source.Subject));
        }

        return record;
    }

    private static Record Statement(Blob blob, int document, int ordinal, ShardStatement resolved)
    {
        var statement = resolved.Statement;
        var record = new Record().Number(document).Number(ordinal).Number(blob.String(statement.Id)).Number(blob.String(statement.Subject)).Number(blob.String(statement.Property));
        ValueCodec.Write(record, blob, statement.Value);
        record.Number((int)statement.Rank).Number(blob.String(statement.Why));
        Citation(record, blob, statement.Citation);
        record.Number(statement.Qualifiers.Count);
        foreach (var qualifier in statement.Qualifiers)
        {
            record.Number(blob.String(qualifier.Property));
            ValueCodec.Write(record, blob, qualifier.Value);
            Citation(record, blob, qualifier.Citation);
        }

        if (resolved.Canonical is { } canonical)
        {
            record.Number(1 + Emitter.ShardOf(canonical.Document)).Number(blob.String(canonical.Document)).Number(canonical.Ordinal);
        }
        else
        {
            record.Number(0);
        }

        return record;
    }

    /// <summary>A citation: its document, line, column, quote and sentence.</summary>
    public static void Citation(Record record, Blob blob, Citation citation) =>
        record.Number(blob.String(citation.Document)).Number(citation.Line).Number(citation.Column).Number(blob.String(citation.Quote)).Number(blob.String(citation.Sentence));

    private static void Index(SortedDictionary<string, List<int>> index, string key, int statement)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<int>();
        }

        list.Add(statement);
    }

    private static void WriteIndex(Blob blob, int table, SortedDictionary<string, List<int>> index)
    {
        foreach (var entry in index)
        {
            var record = new Record().Number(blob.String(entry.Key)).Number(entry.Value.Count);
            foreach (var statement in entry.Value)
            {
                record.Number(statement);
            }

            blob.Add(table, record);
        }
    }
}
