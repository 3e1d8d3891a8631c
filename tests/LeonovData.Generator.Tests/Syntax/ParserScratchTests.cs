namespace LeonovData.Generator.Tests.Syntax;

using LeonovData.Generator.Syntax;
using Xunit;

/// <summary>
/// The parser keeps its stripped-text builder and span lists per thread from one document to the
/// next (DocumentParser.Scratch): nothing of one document may show in the next, whatever their sizes
/// or order, and a parse that stops part-way (cancelled) must leave nothing behind either.
/// </summary>
public sealed class ParserScratchTests
{
    private static readonly string s_long = string.Join("\n", Enumerable.Range(0, 400).Select(static i =>
        $"[Person {i}]{{.person #p{i}}} was born [in {1900 + i}]{{.date of=p{i} p=born}}, [[nested {i}]{{.place #n{i}}} text]{{.place #o{i}}}."));

    private static readonly string[] s_texts =
    {
        s_long,
        "[Short]{.person #s} and done.",
        "Broken [span{.person #b} and [another]{.date p=x} ] stray",
        string.Empty,
        "{.header} only\n[x]{.person #x}",
        s_long.Substring(0, 5_000),
    };

    [Fact]
    public void Each_document_parses_alike_whatever_was_parsed_before_it()
    {
        var alone = s_texts.Select(static t => Fresh(t)).ToList();

        foreach (var order in new[] { new[] { 0, 1, 2, 3, 4, 5 }, new[] { 5, 4, 3, 2, 1, 0 }, new[] { 1, 0, 1, 2, 0, 2 } })
        {
            foreach (var i in order)
            {
                var again = DocumentParser.Parse(Parse.Path, s_texts[i]);
                Assert.Equal(alone[i], again);
                Assert.Equal(alone[i].Text, again.Text);
                Assert.Equal(alone[i].Spans.Select(static s => s.Covered), again.Spans.Select(static s => s.Covered));
            }
        }
    }

    [Fact]
    public void A_cancelled_parse_leaves_nothing_for_the_next()
    {
        var expected = Fresh(s_texts[1]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DocumentParser.Parse(Parse.Path, s_long, cancelled.Token));

        Assert.Equal(expected, DocumentParser.Parse(Parse.Path, s_texts[1]));
    }

    /// <summary>A corpus's documents repeat kinds, keys and ids: the thread's next document gets the
    /// strings the last one cut for them (RecentStrings), equal text still parsing to equal words.</summary>
    [Fact]
    public void The_next_document_on_a_thread_shares_the_words_of_the_last()
    {
        const string SecondText = "Later [Leonov]{.person e=leonov} flew; [in 1965]{.date of=leonov p=date}.";
        ParsedDocument? first = null;
        ParsedDocument? second = null;
        var thread = new Thread(() =>
        {
            first = DocumentParser.Parse(Parse.Path, "[Leonov]{.person #leonov} was born [in 1934]{.date of=leonov p=born}.");
            second = DocumentParser.Parse(Parse.Path, SecondText);
        });
        thread.Start();
        thread.Join();

        var firstDate = first!.Spans[1].Block;
        var secondDate = second!.Spans[1].Block;
        Assert.Same(first.Spans[0].Covered, second.Spans[0].Covered);
        Assert.Same(firstDate.Pair("of")!.Value.Value, secondDate.Pair("of")!.Value.Value);
        Assert.Same(firstDate.Attributes[0].Name, secondDate.Attributes[0].Name);
        Assert.Equal(Fresh(SecondText), second);
    }

    /// <summary>Parsed on a thread of its own, so with scratch nothing else has touched.</summary>
    private static ParsedDocument Fresh(string text)
    {
        ParsedDocument? parsed = null;
        var thread = new Thread(() => parsed = DocumentParser.Parse(Parse.Path, text));
        thread.Start();
        thread.Join();
        return parsed!;
    }
}
