namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Emit;
using Xunit;

/// <summary>
/// A blob's tables can be laid out in any order (Blob.Order), the strings' text between them: the
/// header says where each table's record offsets are, and those where its records are, so a reader
/// (the runtime's EncodedBlob) finds the same records and strings whatever the order. A shard puts
/// the subjects and documents first (ShardEmitter.Layout), beside the header.
/// </summary>
public sealed class BlobLayoutTests
{
    [Fact]
    public void A_blob_laid_out_in_the_shard_order_reads_as_one_laid_out_by_number()
    {
        var byNumber = Read(Filled(new Blob(tables: 7), 7));
        var laidOut = Filled(new Blob(tables: 7) { Order = ShardEmitter.Layout, BeforeStrings = 2 }, 7);
        var read = Read(laidOut);

        Assert.Equal(byNumber.Strings, read.Strings);
        Assert.Equal(byNumber.Records, read.Records);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(laidOut.Build()!), laidOut.Utf8().ToArray());
    }

    [Fact]
    public void A_shard_lays_out_its_subjects_and_documents_before_the_strings_and_its_statements_after()
    {
        var read = Read(Filled(new Blob(tables: 7) { Order = ShardEmitter.Layout, BeforeStrings = 2 }, 7));
        var subjects = read.OffsetArrays[ShardEmitter.SubjectsByProperty];
        var documents = read.OffsetArrays[ShardEmitter.Documents];

        Assert.True(subjects < documents, "the subjects' offsets come first");
        Assert.True(read.RecordStarts[ShardEmitter.SubjectsByProperty] < documents, "the subjects' records follow their offsets");
        Assert.True(read.RecordStarts[ShardEmitter.Documents] < read.TextStart, "the documents' records come before the strings");
        Assert.True(read.OffsetArrays[ShardEmitter.Statements] > read.TextStart, "the statements come after the strings");
    }

    [Fact]
    public void Without_an_order_a_blob_is_laid_out_as_earlier_builds_laid_it_out()
    {
        var read = Read(Filled(new Blob(tables: 3), 3));

        // Every table's offsets, the strings, every table's records: the layout the catalogues keep.
        Assert.True(read.OffsetArrays[0] < read.OffsetArrays[1] && read.OffsetArrays[1] < read.OffsetArrays[2]);
        Assert.True(read.OffsetArrays[2] < read.TextStart);
        Assert.True(read.TextStart < read.RecordStarts[0] && read.RecordStarts[0] < read.RecordStarts[1]);
    }

    private static Blob Filled(Blob blob, int tables)
    {
        for (var i = 0; i < 400; i++)
        {
            var table = (i * 5) % tables;
            blob.Add(table, blob.Begin(table).Number(blob.String("s" + (i % 53) + (i % 3 == 0 ? "é" : string.Empty))).Number(i * 37).Signed(-i));
        }

        return blob;
    }

    /// <summary>Reads a blob as the runtime does: each string by its offsets, each record from its start to the next number it does not hold.</summary>
    private static Layout Read(Blob blob)
    {
        var bytes = blob.Utf8().ToArray();
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var strings = Fixed(text, 0);
        var tables = Fixed(text, 4);
        var stringOffsets = (2 + (2 * tables)) * 4;
        var read = new List<string>();
        for (var s = 0; s < strings; s++)
        {
            var start = Fixed(text, stringOffsets + (s * 4));
            read.Add(System.Text.Encoding.UTF8.GetString(bytes, start, Fixed(text, stringOffsets + ((s + 1) * 4)) - start));
        }

        var records = new List<string>();
        var offsetArrays = new int[tables];
        var recordStarts = new int[tables];
        for (var t = 0; t < tables; t++)
        {
            var count = Fixed(text, (2 + (2 * t)) * 4);
            offsetArrays[t] = Fixed(text, (3 + (2 * t)) * 4);
            recordStarts[t] = count == 0 ? int.MaxValue : Fixed(text, offsetArrays[t]);
            for (var r = 0; r < count; r++)
            {
                // Three numbers a record (Filled): each ends at its first digit below 'P'.
                var position = Fixed(text, offsetArrays[t] + (r * 4));
                var start = position;
                for (var n = 0; n < 3; n++)
                {
                    while (text[position++] >= 'P')
                    {
                    }
                }

                records.Add(t + ":" + text.Substring(start, position - start));
            }
        }

        return new Layout(read, records, offsetArrays, recordStarts, Fixed(text, stringOffsets));
    }

    private static int Fixed(string text, int position) =>
        (text[position] - '0') | ((text[position + 1] - '0') << 6) | ((text[position + 2] - '0') << 12) | ((text[position + 3] - '0') << 18);

    private sealed record Layout(List<string> Strings, List<string> Records, int[] OffsetArrays, int[] RecordStarts, int TextStart);
}
