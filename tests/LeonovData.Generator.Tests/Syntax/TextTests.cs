namespace LeonovData.Generator.Tests.Syntax;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// The stripped text: escapes, line continuations, the header line, BOM, CRLF, the final line
/// break and no-break spaces (docs/format.md §1 and §5). Removing markup must give back the source.
/// </summary>
public sealed class TextTests
{
    [Theory]
    [InlineData(@"\[", "[")]
    [InlineData(@"\]", "]")]
    [InlineData(@"\{", "{")]
    [InlineData(@"\}", "}")]
    [InlineData(@"\\", @"\")]
    [InlineData(@"drank \[the borscht\]", "drank [the borscht]")]
    [InlineData(@"\{\{cite book\}\}", "{{cite book}}")]
    [InlineData(@"C:\\dir\\", @"C:\dir\")]
    [InlineData(@"a\\[b]{.name}", @"a\b")]
    [InlineData(@"\\\[", @"\[")]
    public void Escapes_give_the_literal_character(string annotated, string text) =>
        Assert.Equal(text, Parse.Clean(annotated).Text);

    [Theory]
    [InlineData("a\\\nb", "ab")]
    [InlineData("a\\\r\nb", "ab")]
    [InlineData("a\\\rb", "ab")]
    [InlineData("a \\\n b", "a  b")]
    [InlineData("a\\\n\\\nb", "ab")]
    [InlineData("a\\\n\nb", "a\nb")]
    [InlineData("a\\\r\n\r\nb", "a\nb")]
    [InlineData("sentence one. \\\nsentence two.", "sentence one. sentence two.")]
    [InlineData("end\\\n", "end")]
    [InlineData("end\\\n\n", "end")]
    public void A_backslash_before_a_line_break_joins_the_lines(string annotated, string text) =>
        Assert.Equal(text, Parse.Clean(annotated).Text);

    [Fact]
    public void Positions_after_a_continuation_are_those_of_the_annotated_file()
    {
        var document = Parse.Text("one \\\ntwo \\\r\nthree]");

        Assert.Equal("one two three]", document.Text);
        CorpusAssert.Exactly("LEO0003@3:6", document.Diagnostics);
    }

    [Theory]
    [InlineData("a\r\nb\r\nc", "a\nb\nc")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\r\n\nb\r", "a\n\nb")]
    [InlineData("[a\r\nb]{.name}", "a\nb")]
    public void Line_breaks_become_LF(string annotated, string text)
    {
        var document = Parse.Clean(annotated);

        Assert.Equal(text, document.Text);
        Assert.DoesNotContain('\r', document.Text);
    }

    [Fact]
    public void A_CRLF_checkout_gives_the_same_document_as_an_LF_one()
    {
        const string lf = "{#d .source kind=news}\nOn [18 March 1965]{.date p=x},\nLeonov \\\nwalked.\n\nEnd.\n";
        var crlf = lf.Replace("\n", "\r\n");

        var fromLf = Parse.Clean(lf);
        var fromCrlf = Parse.Clean(crlf);

        Assert.Equal("On 18 March 1965,\nLeonov walked.\n\nEnd.", fromLf.Text);
        Assert.Equal(fromLf.Text, fromCrlf.Text);
        Assert.Equal(fromLf.Spans.Select(static s => (s.Covered, s.TextStart, s.TextEnd, s.Location.StartLine, s.Location.StartColumn)), fromCrlf.Spans.Select(static s => (s.Covered, s.TextStart, s.TextEnd, s.Location.StartLine, s.Location.StartColumn)));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("a", "a")]
    [InlineData("a\n", "a")]
    [InlineData("a\r\n", "a")]
    [InlineData("a\r", "a")]
    [InlineData("a\n\n", "a\n")]
    [InlineData("a\n\n\n", "a\n\n")]
    [InlineData("\n", "")]
    [InlineData("\n\n", "\n")]
    [InlineData("a\nb", "a\nb")]
    [InlineData("a\nb\n", "a\nb")]
    [InlineData("[a\n]{.name}", "a\n")]
    [InlineData("{#d .source}\n", "")]
    [InlineData("{#d .source}\n\n", "")]
    [InlineData("{#d .source}\n\n\n", "\n")]
    [InlineData("{#d .source}", "")]
    public void The_final_line_break_belongs_to_the_file(string annotated, string text) =>
        Assert.Equal(text, Parse.Clean(annotated).Text);

    [Fact]
    public void No_break_spaces_are_kept_in_text_and_covered_text()
    {
        var document = Parse.Clean("12\u00A0minutes [18\u00A0March\u00A01965]{.date}");

        Assert.Equal("12\u00A0minutes 18\u00A0March\u00A01965", document.Text);
        Assert.Equal("18\u00A0March\u00A01965", document.Spans[0].Covered);
    }

    [Fact]
    public void Other_unicode_is_literal_text()
    {
        const string text = "Алексей Леонов — 𝔸 ɐlʲɪkˈsʲej «ok» % = . # \" ' ~ @ * _";

        Assert.Equal(text, Parse.Clean(text).Text);
    }

    [Fact]
    public void The_header_is_the_first_line_and_is_not_text()
    {
        var document = Parse.Clean("{#news-nss .source kind=news outlet=\"UrduPoint News\" subject=leonov}\nBody [x]{.name}\n");

        Assert.Equal("Body x", document.Text);
        var header = Assert.IsType<LeonovData.Generator.Syntax.AttributeBlock>(document.Header);
        Assert.Equal("news-nss", header.Id?.Name);
        Assert.True(header.HasClass("source"));
        Assert.Equal("UrduPoint News", header.Pair("outlet")?.Value);
        Assert.Equal((0, 0, 0), (header.Location.Start, header.Location.StartLine, header.Location.StartColumn));
        Assert.Equal((1, 5), (document.Spans[0].Location.StartLine, document.Spans[0].Location.StartColumn));
        Assert.Equal((5, 6), (document.Spans[0].TextStart, document.Spans[0].TextEnd));
    }

    [Fact]
    public void A_header_line_ends_with_CRLF_too()
    {
        var document = Parse.Clean("{#d .source}\r\nBody\r\n");

        Assert.NotNull(document.Header);
        Assert.Equal("Body", document.Text);
    }

    [Fact]
    public void A_document_without_header_starts_with_its_text()
    {
        var document = Parse.Clean("Body.");

        Assert.Null(document.Header);
        Assert.Equal("Body.", document.Text);
    }

    [Theory]
    [InlineData("Body\n{#d .source}", "LEO0004@2:1 LEO0004@2:12")]
    [InlineData(" {#d .source}\nBody", "LEO0004@1:2 LEO0004@1:13")]
    [InlineData("\n{#d .source}\nBody", "LEO0004@2:1 LEO0004@2:12")]
    public void A_block_anywhere_but_the_start_of_the_file_is_no_header(string annotated, string expected)
    {
        var document = Parse.Text(annotated);

        Assert.Null(document.Header);
        CorpusAssert.Exactly(expected, document.Diagnostics);
    }

    [Theory]
    [InlineData("{#d .source} Body\nText", "LEO0012@1:13")]
    [InlineData("{#d .source}Body\nText", "LEO0012@1:13")]
    [InlineData("{#d .source}{.x}\nText", "LEO0012@1:13")]
    public void Text_after_the_header_on_its_line_is_an_error(string annotated, string expected)
    {
        var document = Parse.Text(annotated);

        CorpusAssert.Exactly(expected, document.Diagnostics);
        Assert.NotNull(document.Header);
        Assert.Equal("Text", document.Text);
    }

    [Fact]
    public void A_byte_order_mark_is_not_text()
    {
        var withHeader = Parse.Clean("\uFEFF{#d .source}\nBody");
        var withoutHeader = Parse.Clean("\uFEFFBody");

        Assert.Equal("d", withHeader.Header?.Id?.Name);
        Assert.Equal("Body", withHeader.Text);
        Assert.Equal("Body", withoutHeader.Text);
    }

    [Fact]
    public void Positions_count_the_byte_order_mark_as_Roslyn_does()
    {
        // Roslyn's SourceText of a string that keeps U+FEFF counts it as a column.
        var document = Parse.Text("\uFEFFa]");

        CorpusAssert.Exactly("LEO0003@1:3", document.Diagnostics);
    }

    [Theory]
    [InlineData("a\u2028]")]
    [InlineData("a\u2029]")]
    [InlineData("a\u0085]")]
    [InlineData("a\r]")]
    public void Unicode_line_breaks_count_as_lines_for_positions(string annotated) =>
        CorpusAssert.Exactly("LEO0003@2:1", Parse.Text(annotated).Diagnostics);
}
