namespace LeonovData.Generator.Tests.Syntax;

using LeonovData.Generator.Syntax;
using Xunit;

/// <summary>
/// A document's repeated names are one string each (TextPool), and an attribute's value knows its
/// place from its own: both must give exactly what cutting and locating afresh would.
/// </summary>
public sealed class TextPoolTests
{
    [Fact]
    public void Repeated_text_is_one_string_and_different_text_stays_apart()
    {
        var pool = new TextPool();
        const string text = "p=born p=died of=leonov";
        var first = pool.Get(text, 0, 1);
        Assert.Same(first, pool.Get(text, 7, 1));
        Assert.Equal("p", first);
        Assert.Equal("born", pool.Get(text, 2, 4));
        Assert.Equal("died", pool.Get(text, 9, 4));
        Assert.NotSame(pool.Get(text, 2, 4), pool.Get(text, 9, 4));
    }

    [Fact]
    public void Every_text_comes_back_as_itself_past_growth_and_past_the_length_pooled()
    {
        var pool = new TextPool();
        var names = Enumerable.Range(0, 500).Select(static i => "entity-" + i).Append(new string('x', 200)).ToList();
        var text = string.Join(" ", names);
        var made = new List<string>();
        var start = 0;
        foreach (var name in names)
        {
            made.Add(pool.Get(text, start, name.Length));
            start += name.Length + 1;
        }

        Assert.Equal(names, made);
        start = 0;
        for (var i = 0; i < names.Count - 1; i++)
        {
            Assert.Same(made[i], pool.Get(text, start, names[i].Length));
            start += names[i].Length + 1;
        }
    }

    /// <summary>The parser lends its thread's pool from one document to the next, cleared: past
    /// growth too, a cleared pool hands out nothing it pooled before and pools again as a new one.</summary>
    [Fact]
    public void A_cleared_pool_forgets_what_it_pooled()
    {
        var pool = new TextPool();
        var names = Enumerable.Range(0, 300).Select(static i => "entity-" + i).ToList();
        var text = string.Join(" ", names);
        var starts = names.Select((n, i) => names.Take(i).Sum(static m => m.Length + 1)).ToList();
        var before = names.Select((n, i) => pool.Get(text, starts[i], n.Length)).ToList();
        Assert.True(pool.Capacity > 64);

        pool.Clear();
        var after = names.Select((n, i) => pool.Get(text, starts[i], n.Length)).ToList();
        Assert.Equal(names, after);
        Assert.All(Enumerable.Range(0, names.Count), i => Assert.NotSame(before[i], after[i]));
        Assert.All(Enumerable.Range(0, names.Count), i => Assert.Same(after[i], pool.Get(text, starts[i], names[i].Length)));
    }

    [Fact]
    public void A_value_is_located_as_the_line_map_locates_it()
    {
        // Breaks of every kind before the blocks, a surrogate pair and a tab on their lines: an
        // attribute's place and its value's are derived from their block's, and must be what
        // locating them afresh gives.
        const string text = "{subject=leonov}\r\nA\u2028B \uD83D\uDE80\t[x]{.date v=\"1934-05-30\" p=born #b1}\u0085[y]{.person e=leonov}\n";
        var document = Parse.Clean(text);
        var lines = new LineMap(Parse.Path, text);
        var blocks = document.Spans.Select(static s => s.Block).Append(document.Header!.Value).ToList();
        var attributes = blocks.SelectMany(static b => b.Attributes.Select(a => (Block: b, Attribute: a))).ToList();
        Assert.Equal(7, attributes.Count);
        foreach (var (block, attribute) in attributes)
        {
            var place = block.LocationOf(attribute);
            Assert.Equal(lines.Locate(place.Start, place.Length), place);
            var value = block.ValueLocationOf(attribute);
            Assert.Equal(lines.Locate(value.Start, value.Length), value);
            Assert.Equal(attribute.Value, text.Substring(value.Start, value.Length));
        }
    }
}
