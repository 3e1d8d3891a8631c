namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
using Xunit;

/// <summary>
/// A disposed cited text gives its sentences to the next one made on its thread (CitedText.Dispose):
/// the next one must be exactly what a fresh one is, whatever the disposed one held.
/// </summary>
public sealed class CitedTextReuseTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_text_on_the_sentences_of_a_disposed_one_is_the_text_a_fresh_one_is(bool utf8)
    {
        var fresh = OnAThreadOfItsOwn(() => Written(Sentences(40, "a"), utf8, dispose: false));

        // Thousands of distinct sentences first, the first forty equal to the later ones: the arrays
        // grow past their first size and are kept so, and none of those sentences may be found again.
        Written(Sentences(5_000, "a"), utf8, dispose: true);
        Assert.True(KeptCapacity() >= 5_000, "the grown sentences are kept for the thread");
        Assert.Equal(fresh, Written(Sentences(40, "a"), utf8, dispose: true));
        Assert.True(KeptCapacity() >= 5_000, "the next text wrote in the grown sentences and gave them back");
        Assert.Equal(fresh, Written(Sentences(40, "a"), utf8, dispose: true));
    }

    [Fact]
    public void Sentences_grown_past_the_limit_are_dropped_rather_than_kept()
    {
        var fresh = OnAThreadOfItsOwn(() => Written(Sentences(40, "a"), utf8: true, dispose: false));

        // More distinct sentences than CitedText keeps (MaxKeptSentences, 16,384).
        Written(Sentences(20_000, "a"), utf8: true, dispose: true);
        Assert.Equal(0, KeptCapacity());
        Assert.Equal(fresh, Written(Sentences(40, "a"), utf8: true, dispose: true));
        Assert.InRange(KeptCapacity(), 1, 64);
    }

    [Fact]
    public void A_text_disposed_twice_gives_its_sentences_once_and_is_not_read_after()
    {
        var fresh = OnAThreadOfItsOwn(() => Written(Sentences(40, "a"), utf8: true, dispose: false));
        var twice = new CitedText(new Blob(tables: 2), table: 1, utf8: true);
        twice.Dispose();
        var first = new CitedText(new Blob(tables: 2), table: 1, utf8: true);
        twice.Dispose();
        var second = Written(Sentences(40, "a"), utf8: true, dispose: false);

        Assert.Equal(fresh, second);
        Assert.Equal(0, first.Units);
        Assert.Throws<ObjectDisposedException>(() => twice.Utf8());
    }

    private static TextSlice[] Sentences(int count, string prefix)
    {
        // Slices of one text, as the binder cuts them, each sentence cited twice in a row.
        var text = string.Concat(Enumerable.Range(0, count).Select(i => $"{prefix}{i} é. "));
        var slices = new List<TextSlice>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf(". ", start, StringComparison.Ordinal) + 2;
            slices.Add(new TextSlice(text, start, end - start));
            slices.Add(new TextSlice(text, start, end - start));
            start = end;
        }

        return slices.ToArray();
    }

    private static string Written(TextSlice[] sentences, bool utf8, bool dispose)
    {
        var blob = new Blob(tables: 2);
        var text = new CitedText(blob, table: 1, utf8);
        foreach (var sentence in sentences)
        {
            var record = blob.Begin(0);
            text.Cite(record, sentence.ToString().Substring(0, 2), sentence);
            blob.Add(0, record);
        }

        var written = blob.Build() + "|" + text.Units + "|" + (utf8 ? Convert.ToBase64String(text.Utf8().ToArray()) : Literal(text));
        if (dispose)
        {
            text.Dispose();
        }

        return written;
    }

    /// <summary>How many sentences the arrays this thread keeps for its next text hold (0: none kept).</summary>
    private static int KeptCapacity()
    {
        var field = typeof(CitedText).GetField("s_kept", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            ?? throw new InvalidOperationException("CitedText no longer keeps its sentences in s_kept: update this test");
        return (field.GetValue(null) as CitedSentences)?.Capacity ?? 0;
    }

    private static string Literal(CitedText text)
    {
        var literal = new System.Text.StringBuilder();
        text.AppendLiteral(literal);
        return literal.ToString();
    }

    private static string OnAThreadOfItsOwn(Func<string> write)
    {
        string? written = null;
        var thread = new Thread(() => written = write());
        thread.Start();
        thread.Join();
        return written!;
    }
}
