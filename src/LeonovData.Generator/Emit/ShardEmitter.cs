using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Emit;

/// <summary>One shard's data: the blob of its records and the text its citations cut from (<see cref="CitedText"/>).</summary>
/// <param name="Records">The blob, built (<see cref="Blob.Fits"/>), written into the file by <see cref="Blob.AppendLiteral"/> or <see cref="Blob.Build"/>.</param>
/// <param name="Text">Each cited sentence once, in UTF-16 (a string-literal target) or as UTF-8 text (<see cref="CitedText"/>).</param>
/// <param name="TextUnits">The text's length in its literal's units.</param>
internal sealed record ShardData(Blob Records, CitedText Text, int TextUnits);

/// <summary>
/// Encodes one shard's documents and statements into a blob (see <see cref="Blob"/>) with seven
/// tables, read by <c>LeonovData.Runtime/Shards.cs</c>:
/// documents (ordered by key), statements (document by document, in document order; a record leaves
/// out its subject and property, which the subjects table says), the subjects of earlier builds
/// (empty, kept so the tables keep their numbers), referents (ordered by id: the statements whose
/// value is that entity, for reverse navigation), sentences (where each cited sentence lies in the
/// shard's text), declarations (ordered by id: the quote and sentence of each entity declared here)
/// and subjects (ordered by id: the statements about each, by property, so that a typed property
/// reads its own statements and no others).
/// </summary>
/// <remarks>
/// Earlier builds wrote six tables, the subjects in one run each, and the subject and property in
/// every statement record; the runtime reads a shard by its number of tables, so code generated
/// then keeps reading right. Listing each subject's statements by property costs about 150 KB on
/// the 100 × 1,000 synthetic corpus; leaving subject and property out of the records saves about
/// 320 KB (docs/performance.md, "First access, fifth round").
/// </remarks>
internal static class ShardEmitter
{
    public const int Documents = 0;
    public const int Statements = 1;
    public const int Subjects = 2;
    public const int Referents = 3;
    public const int Sentences = 4;
    public const int Declarations = 5;
    public const int SubjectsByProperty = 6;

    /// <summary>
    /// The order the tables are laid out in (<see cref="Blob.Order"/>): what a typed property's first
    /// read looks up in each shard of its entity, the subjects (a binary search) and the documents
    /// (merging shards), right after the header and the string offsets, then the strings, whose first
    /// are the subjects' ids and the properties' names (<see cref="InternLookups"/>), then the
    /// statements, most of the shard. The lookup then reads a few neighbouring pages of each shard.
    /// Laid out by number, it read the subjects' offsets past the statements' offsets, their records at
    /// the shard's end, and their ids among all the strings: pages of their own, each a page fault.
    /// </summary>
    public static readonly int[] Layout = { SubjectsByProperty, Documents, Statements, Referents, Declarations, Subjects, Sentences };

    /// <summary>How many of <see cref="Layout"/>'s tables lie before the strings: the subjects and the documents.</summary>
    private const int BeforeStrings = 2;

    /// <summary>A statement's canonical statement: none, itself, or (2 + shard, document, ordinal).</summary>
    private const int NoCanonical = 0;
    private const int SelfCanonical = 1;

    /// <summary>The shard's data, or null when its records are too large for one blob.</summary>
    /// <param name="utf8Text">Whether the cited text is UTF-8 too (a <c>u8</c> literal) rather than a string.</param>
    public static ShardData? Encode(ShardInput shard, bool utf8Text)
    {
        var blob = new Blob(tables: 7) { Order = Layout, BeforeStrings = BeforeStrings };
        InternLookups(blob, shard);
        var text = new CitedText(blob, Sentences, utf8Text);
        // Each statement's property by its index, for the subjects' index: a list of pairs per subject
        // was the largest part of the index's garbage.
        var count = shard.Documents.Sum(static d => d.Places.Count);
        var (propertyOf, subjects, referents) = s_scratch is { } kept && kept.PropertyOf.Length >= count ? kept : (new string[count], new StatementIndex(count), new StatementIndex(count));
        s_scratch = null;
        var first = 0;
        var slice = -1;
        for (var d = 0; d < shard.Documents.Count; d++)
        {
            var document = shard.Documents[d];
            blob.Add(Documents, Document(blob, document, first));
            for (var ordinal = 0; ordinal < document.Places.Count; ordinal++)
            {
                var statement = shard.Statement(document.Places[ordinal], ref slice);
                var index = blob.Add(Statements, Statement(blob, text, document.Key, ordinal, statement));
                propertyOf[index] = statement.Statement.Property;
                subjects.Add(statement.Statement.Subject, index);
                if (statement.Statement.Value.EntityId is { } referent)
                {
                    referents.Add(referent, index);
                }
            }

            first += document.Places.Count;
        }

        subjects.Sort();
        referents.Sort();
        WriteSubjects(blob, subjects, propertyOf);
        WriteIndex(blob, Referents, referents);
        Keep(propertyOf, subjects, referents);
        foreach (var declaration in shard.Documents.SelectMany(static d => d.Declarations).OrderBy(static d => d.Id, System.StringComparer.Ordinal))
        {
            var record = blob.Begin(Declarations).Number(blob.String(declaration.Id));
            text.Cite(record, declaration.Citation.Quote, declaration.Citation.Sentence);
            blob.Add(Declarations, record);
        }

        if (!blob.Fits)
        {
            // No file gets them: their tables and sentences go back to the thread here (each keeps
            // only what is of a size a shard commonly needs).
            text.Dispose();
            blob.Dispose();
            return null;
        }

        return new ShardData(blob, text, text.Units);
    }

    /// <summary>
    /// The index arrays of the thread's last shard, emptied, for the next: made afresh for each of the
    /// 16 shards they were a fifth of what emitting the shards allocated (String[] and Int32[]). Only
    /// arrays of a size a shard commonly needs are kept, 1 MB at most per thread, and no string in them.
    /// Taken and given back as <see cref="Binding.BinderLists"/> describes.
    /// </summary>
    [System.ThreadStatic]
    private static (string[] PropertyOf, StatementIndex Subjects, StatementIndex Referents)? s_scratch;

    private const int MaxKeptStatements = 1 << 15;

    private static void Keep(string[] propertyOf, StatementIndex subjects, StatementIndex referents)
    {
        if (propertyOf.Length > MaxKeptStatements)
        {
            return;
        }

        System.Array.Clear(propertyOf, 0, propertyOf.Length);
        subjects.Clear();
        referents.Clear();
        s_scratch = (propertyOf, subjects, referents);
    }

    /// <summary>
    /// Numbers first the strings a lookup compares or reads, so that they lie together at the start of
    /// the strings' text: the documents' keys (merging shards), the properties' names and the subjects' ids.
    /// </summary>
    private static void InternLookups(Blob blob, ShardInput shard)
    {
        foreach (var document in shard.Documents)
        {
            blob.String(document.Key);
        }

        // A document states a subject's properties one after another: a string equal to the one before
        // is numbered already, and comparing is cheaper than the string table's hashing (80,157 statements).
        for (var pass = 0; pass < 2; pass++)
        {
            string? previous = null;
            var slice = -1;
            foreach (var document in shard.Documents)
            {
                foreach (var place in document.Places)
                {
                    var statement = shard.Statement(place, ref slice).Statement;
                    var text = pass == 0 ? statement.Property : statement.Subject;
                    if (!string.Equals(text, previous, System.StringComparison.Ordinal))
                    {
                        blob.String(text);
                        previous = text;
                    }
                }
            }
        }
    }

    private static Record Document(Blob blob, ShardDocument document, int first)
    {
        var record = blob.Begin(Documents).Number(blob.String(document.Key)).Number(first).Number(document.Places.Count).Flag(document.Source is not null);
        if (document.Source is { } source)
        {
            record.Number(blob.String(source.Id)).Number(blob.String(source.RelativePath)).Number(blob.String(source.Kind)).Number(blob.String(source.Outlet))
                .Number(blob.String(source.Title)).Number(blob.String(source.Author)).Number(blob.String(source.Url)).Number(blob.String(source.Published))
                .Number(blob.String(source.Retrieved)).Number(blob.String(source.Licence)).Number(blob.String(source.Subject));
        }

        return record;
    }

    /// <summary>A statement; its document and ordinal are not written, the runtime finds them from its index and the documents table.</summary>
    private static Record Statement(Blob blob, CitedText text, string documentKey, int ordinal, ShardStatement resolved)
    {
        var statement = resolved.Statement;
        var record = blob.Begin(Statements).Number(blob.String(statement.Id));
        ValueCodec.Write(record, blob, statement.Value);
        record.Number((int)statement.Rank).Number(blob.String(statement.Why));
        Citation(record, blob, text, statement.Citation);
        record.Number(statement.Qualifiers.Count);
        foreach (var qualifier in statement.Qualifiers)
        {
            record.Number(blob.String(qualifier.Property));
            ValueCodec.Write(record, blob, qualifier.Value);
            Citation(record, blob, text, qualifier.Citation);
        }

        if (resolved.Canonical is not { } canonical)
        {
            record.Number(NoCanonical);
        }
        else if (canonical.Ordinal == ordinal && canonical.Document == documentKey)
        {
            record.Number(SelfCanonical);
        }
        else
        {
            record.Number(2 + Emitter.ShardOf(canonical.Document)).Number(blob.String(canonical.Document)).Number(canonical.Ordinal);
        }

        return record;
    }

    /// <summary>A citation: its document, line and column, then its quote and sentence (<see cref="CitedText.Cite"/>).</summary>
    private static void Citation(Record record, Blob blob, CitedText text, Citation citation)
    {
        record.Number(blob.String(citation.Document)).Number(citation.Line).Number(citation.Column);
        text.Cite(record, citation.Quote, citation.Sentence);
    }

    /// <summary>
    /// Each subject's statements by property: the subject, its number of properties, then for each,
    /// in order of its first statement, the property, its number of statements, its first statement's
    /// distance from the previous property's first, and each next statement's distance from the one before.
    /// </summary>
    private static void WriteSubjects(Blob blob, StatementIndex subjects, string[] propertyOf)
    {
        // Each subject's properties in the order each is first stated, its statements in order within
        // each: a loop over the few properties of a subject rather than a grouping per subject, which was
        // about 15 MB of a 100 x 1,000 cold run's emission (docs/performance.md, "Cold runs and allocation, sixth round").
        var properties = new List<string>();
        for (var start = 0; start < subjects.Count;)
        {
            var key = subjects.Key(start);
            var statements = subjects.Run(start);
            start += statements.Count;
            properties.Clear();
            for (var i = 0; i < statements.Count; i++)
            {
                var property = propertyOf[statements[i]];
                if (!Contains(properties, property))
                {
                    properties.Add(property);
                }
            }

            var record = blob.Begin(SubjectsByProperty).Number(blob.String(key)).Number(properties.Count);
            var previousFirst = 0;
            foreach (var property in properties)
            {
                var count = 0;
                var first = -1;
                for (var i = 0; i < statements.Count; i++)
                {
                    var statement = statements[i];
                    if (string.Equals(propertyOf[statement], property, System.StringComparison.Ordinal))
                    {
                        first = count++ == 0 ? statement : first;
                    }
                }

                record.Number(blob.String(property)).Number(count).Number(first - previousFirst);
                var previous = first;
                var written = 0;
                for (var i = 0; i < statements.Count; i++)
                {
                    // Every statement of the property after its first, as distances.
                    var statement = statements[i];
                    if (string.Equals(propertyOf[statement], property, System.StringComparison.Ordinal) && written++ > 0)
                    {
                        record.Number(statement - previous);
                        previous = statement;
                    }
                }

                previousFirst = first;
            }

            blob.Add(SubjectsByProperty, record);
        }
    }

    private static bool Contains(List<string> properties, string property)
    {
        foreach (var known in properties)
        {
            if (string.Equals(known, property, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteIndex(Blob blob, int table, StatementIndex index)
    {
        for (var start = 0; start < index.Count;)
        {
            // The statements in increasing order, each as its distance from the one before: one or two digits.
            var statements = index.Run(start);
            var record = blob.Begin(table).Number(blob.String(index.Key(start))).Number(statements.Count);
            start += statements.Count;
            var previous = 0;
            for (var i = 0; i < statements.Count; i++)
            {
                record.Number(statements[i] - previous);
                previous = statements[i];
            }

            blob.Add(table, record);
        }
    }
}
