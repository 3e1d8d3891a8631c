namespace LeonovData.Generator.Tests.Syntax;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Every syntax error at its exact place, one-based as a build prints it ("LEO0002@1:3" is line 1,
/// column 3). Parsing goes on after an error, so the lists also show what a typo does not hide.
/// </summary>
public sealed class ErrorTests
{
    [Theory]
    // LEO0001: '[' never closed
    [InlineData("[abc", "LEO0001@1:1")]
    [InlineData("x\n  [abc", "LEO0001@2:3")]
    [InlineData("[a [b]{.name} c", "LEO0001@1:1")]
    [InlineData("[[a", "LEO0001@1:1 LEO0001@1:2")]
    [InlineData("ok [a]{.x}\r\n\r\n\t[", "LEO0001@3:2")]
    // LEO0002: ']' not followed by '{'
    [InlineData("[x]\t{.date}", "LEO0014@1:4")]
    [InlineData("[x]", "LEO0002@1:3")]
    [InlineData("[x]y", "LEO0002@1:3")]
    [InlineData("[x]\n{.date}", "LEO0002@1:3 LEO0004@2:1 LEO0004@2:7")]
    [InlineData("a\n[b [x]{.n}]\\{", "LEO0002@2:11")]
    // LEO0003: ']' closing nothing
    [InlineData("a]b", "LEO0003@1:2")]
    [InlineData("[a]{.name}]", "LEO0003@1:11")]
    [InlineData("line\n\n  ]", "LEO0003@3:3")]
    // LEO0004: '{' or '}' outside a block
    [InlineData("a{b", "LEO0004@1:2")]
    [InlineData("a}b", "LEO0004@1:2")]
    [InlineData("line\n  }", "LEO0004@2:3")]
    [InlineData("[x]{.name}}", "LEO0004@1:11")]
    // LEO0005: unknown escape, backslash at the end of the file
    [InlineData("a\\qb", "LEO0005@1:2")]
    [InlineData("\\n", "LEO0005@1:1")]
    [InlineData("a\\", "LEO0005@1:2")]
    [InlineData("a\\ b", "LEO0005@1:2")]
    [InlineData("x\n\\\"", "LEO0005@2:1")]
    [InlineData("[x]{why=\"a\\nb\"}", "LEO0005@1:11")]
    // LEO0006: block not closed on its line
    [InlineData("[x]{.date\nmore", "LEO0006@1:4")]
    [InlineData("[x]{.date", "LEO0006@1:4")]
    [InlineData("[x]{.date\r\n}", "LEO0006@1:4 LEO0004@2:1")]
    [InlineData("{#d .source\nbody", "LEO0006@1:1")]
    // LEO0007: quote not closed on its line (its block then is not closed either)
    [InlineData("[x]{.name why=\"abc}\n", "LEO0007@1:15")]
    // LEO0008: an unquoted value stops at punctuation
    [InlineData("[x]{.date v=1965.03}", "LEO0008@1:13")]
    [InlineData("[x]{.date v=18,March}", "LEO0008@1:13")]
    [InlineData("[x]{.date url=https://example.org/a}", "LEO0008@1:15")]
    [InlineData("[x]{.date v=1965\"x\"}", "LEO0008@1:13")]
    // LEO0009: malformed attributes
    [InlineData("[x]{.}", "LEO0009@1:5")]
    [InlineData("[x]{#}", "LEO0009@1:5")]
    [InlineData("[x]{p}", "LEO0009@1:5")]
    [InlineData("[x]{p=}", "LEO0009@1:5")]
    [InlineData("[x]{.date,}", "LEO0009@1:10")]
    [InlineData("[x]{=x}", "LEO0009@1:5")]
    [InlineData("[x]{.da.te}", "LEO0009@1:8")]
    [InlineData("[x]{why=\"a\"b}", "LEO0009@1:12")]
    [InlineData("[x]{.date p }", "LEO0009@1:11")]
    [InlineData("[x]{été}", "LEO0009@1:5")]
    // LEO0010: nesting deeper than 16
    [InlineData("[[[[[[[[[[[[[[[[[x]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}]{.a}", "LEO0010@1:17")]
    // LEO0011: comment not closed inside its block (so the block is not closed either)
    [InlineData("[x]{.date %comment}", "LEO0011@1:11")]
    [InlineData("[x]{.date %comment}\nnext line %", "LEO0011@1:11")]
    // LEO0012: text after the header on its line
    [InlineData("{#d .source} Body\nText", "LEO0012@1:13")]
    // LEO0013: control characters
    [InlineData("a\u0001b", "LEO0013@1:2")]
    [InlineData("\0", "LEO0013@1:1")]
    [InlineData("ok\n\u007F", "LEO0013@2:1")]
    [InlineData("a\u0001\u0002\u001B", "LEO0013@1:2")]
    [InlineData("a\u0081b", "LEO0013@1:2")]
    [InlineData("[x]{why=\"a\u0001b\"}", "LEO0013@1:11")]
    [InlineData("{#d .source %\u0007%}\nok", "LEO0013@1:14")]
    // One typo does not hide the next.
    [InlineData("a]b\n[c]{.x,}\nd\\q", "LEO0003@1:2 LEO0009@2:7 LEO0005@3:2")]
    public void Each_error_is_reported_at_its_place(string annotated, string expected) =>
        CorpusAssert.Exactly(expected, Parse.Text(annotated).Diagnostics);

    [Theory]
    [InlineData("a\tb")]
    [InlineData("a\u00A0b")]
    [InlineData("a\u2028b")]
    [InlineData("a\u0085b")]
    [InlineData("[x]{why=\"a\tb\"}")]
    public void Tabs_no_break_spaces_and_line_breaks_are_no_control_characters(string annotated) =>
        Parse.Clean(annotated);

    [Fact]
    public void Each_level_beyond_sixteen_is_reported_once_per_excursion()
    {
        // 18 levels: one report where the 17th opens, not one for each deeper bracket.
        var text = new string('[', 18) + "x" + string.Concat(Enumerable.Repeat("]{.a}", 18));

        CorpusAssert.Exactly("LEO0010@1:17", Parse.Text(text).Diagnostics);
    }

    [Fact]
    public void Unquoted_punctuation_says_how_to_quote_the_whole_value()
    {
        var diagnostic = Assert.Single(Parse.Text("[x]{.date v=1965.03}").Diagnostics);

        Assert.Equal("the unquoted value of 'v' stops at '.'; quote the whole value: v=\"1965.03\"", CorpusAssert.Message(diagnostic));
        Assert.Equal(7, diagnostic.Location!.Length);
    }

    [Theory]
    [InlineData("[x]{.name v=C:\\dir}", "v=\"C:\\\\dir\"")]
    [InlineData("[x]{.name v=say\"hi\"}", "v=\"say\\\"hi\\\"\"")]
    public void The_suggested_quoting_is_itself_valid(string annotated, string suggestion)
    {
        var message = CorpusAssert.Message(Assert.Single(Parse.Text(annotated).Diagnostics));
        Assert.EndsWith("quote the whole value: " + suggestion, message);

        // Writing the suggestion back parses cleanly.
        var fixedText = annotated[..annotated.IndexOf("v=", StringComparison.Ordinal)] + suggestion + "}";
        Assert.Single(Parse.Clean(fixedText).Spans);
    }

    [Theory]
    [InlineData("[x]", "found the end of the file")]
    [InlineData("[x]\n{.date}", "found the end of the line")]
    public void A_missing_block_says_what_was_found(string annotated, string found) =>
        Assert.Contains(found, CorpusAssert.Message(Parse.Text(annotated).Diagnostics[0]));

    [Fact]
    public void Control_characters_are_reported_once_per_file()
    {
        var binary = new string(Enumerable.Range(0, 32).Where(static i => i is not (9 or 10 or 13)).Select(static i => (char)i).ToArray());

        var diagnostic = Assert.Single(Parse.Text("ok " + binary + binary).Diagnostics);

        Assert.Equal(("LEO0013", 0, 3), (diagnostic.Id, diagnostic.Location!.StartLine, diagnostic.Location.StartColumn));
        Assert.Contains("U+0000", CorpusAssert.Message(diagnostic));
    }
}
