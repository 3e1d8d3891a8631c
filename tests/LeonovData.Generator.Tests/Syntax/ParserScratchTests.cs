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
