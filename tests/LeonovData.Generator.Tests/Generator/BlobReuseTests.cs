namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Emit;
using Xunit;

/// <summary>
/// A disposed blob gives its tables to the next blob built on its thread (Blob.Dispose): the next one
/// must be exactly what a fresh blob would be, whatever the disposed one held.
/// </summary>
public sealed class BlobReuseTests
{
    [Fact]
    public void A_blob_on_the_tables_of_a_disposed_one_is_the_blob_a_fresh_one_is()
    {
        var (text, utf8) = OnAThreadOfItsOwn(static () => Filled(new Blob(tables: 7), 300, "a"));

        using (var before = new Blob(tables: 7))
        {
            Filled(before, 2_000, "b");
        }

        var reused = Filled(new Blob(tables: 7), 300, "a");
        Assert.Equal(text, reused.Text);
        Assert.Equal(utf8, reused.Utf8);

        // A blob left with a record open keeps its tables: the next blob still starts empty.
        var open = new Blob(tables: 7);
        Filled(open, 50, "c");
        open.Begin(3).Number(7);
        open.Dispose();
        var after = Filled(new Blob(tables: 7), 300, "a");
        Assert.Equal(text, after.Text);
    }

    // A blob's bytes are lent from the thread's buffer (Utf8Buffer): exactly the UTF-8 of its text,
    // however large the blob that used the buffer before.
    [Fact]
    public void Lent_bytes_are_the_utf8_of_the_text_whatever_the_buffer_held_before()
    {
        OnAThreadOfItsOwn(static () =>
        {
            var large = new Blob(tables: 7);
            Filled(large, 2_000, "é");
            var small = new Blob(tables: 7);
            Filled(small, 30, "ü");
            var lent = small.Utf8();
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(small.Build()!), lent.ToArray());
            Assert.Same(large.Utf8().Array, small.Utf8().Array);
            return (null, lent.ToArray());
        });
    }

    [Fact]
    public void A_blob_disposed_twice_gives_its_tables_once()
    {
        var (text, _) = OnAThreadOfItsOwn(static () => Filled(new Blob(tables: 7), 300, "a"));
        var twice = new Blob(tables: 7);
        Filled(twice, 100, "b");
        twice.Dispose();
        var first = new Blob(tables: 7);
        twice.Dispose();
        var second = new Blob(tables: 7);

        Filled(first, 300, "a");
        Assert.Equal(text, Filled(second, 300, "a").Text);
        Assert.Equal(text, first.Build());
    }

    // A catalogue's one-table blob keeps its table in a slot of its own: shards' and catalogues' blobs,
    // disposed in turn, each hand the next blob of their size tables that build what fresh ones do.
    [Fact]
    public void One_table_and_seven_table_blobs_disposed_in_turn_each_build_what_fresh_ones_do()
    {
        var (shard, _) = OnAThreadOfItsOwn(static () => Filled(new Blob(tables: 7), 300, "a"));
        var (catalogue, catalogueUtf8) = OnAThreadOfItsOwn(static () => Filled(new Blob(tables: 1), 200, "k", tables: 1));
        OnAThreadOfItsOwn(() =>
        {
            for (var round = 0; round < 3; round++)
            {
                using (var large = new Blob(tables: 1))
                {
                    Filled(large, 1_000 + round, "z", tables: 1);
                }

                using (var seven = new Blob(tables: 7))
                {
                    Assert.Equal(shard, Filled(seven, 300, "a").Text);
                }

                using (var one = new Blob(tables: 1))
                {
                    var built = Filled(one, 200, "k", tables: 1);
                    Assert.Equal(catalogue, built.Text);
                    Assert.Equal(catalogueUtf8, built.Utf8);
                }
            }

            return (null, []);
        });
    }

    private static (string? Text, byte[] Utf8) Filled(Blob blob, int records, string prefix, int tables = 7)
    {
        for (var i = 0; i < records; i++)
        {
            var table = i % tables;
            blob.Add(table, blob.Begin(table).Number(blob.String(prefix + (i % 40))).Number(i * 37).Signed(-i));
        }

        return (blob.Build(), blob.Utf8().ToArray());
    }

    private static (string? Text, byte[] Utf8) OnAThreadOfItsOwn(Func<(string?, byte[])> build)
    {
        (string?, byte[]) built = default;
        var thread = new Thread(() => built = build());
        thread.Start();
        thread.Join();
        return built;
    }
}
