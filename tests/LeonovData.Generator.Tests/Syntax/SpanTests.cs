namespace LeonovData.Generator.Tests.Syntax;

using LeonovData.Generator.Syntax;
using Xunit;

/// <summary>Spans: what they cover, where they are, how they nest (docs/format.md §1, span rule).</summary>
public sealed class SpanTests
{
    [Fact]
    public void A_span_covers_its_text_and_the_markup_is_stripped()
    {
        var document = Parse.Clean("Leonov flew on [Voskhod 2]{.mission #voskhod-2} in 1965.");

        Assert.Equal("Leonov flew on Voskhod 2 in 1965.", document.Text);
        var span = Assert.Single(document.Spans);
        Assert.Equal("Voskhod 2", span.Covered);
        Assert.Equal((15, 24), (span.TextStart, span.TextEnd));
        Assert.Equal(-1, span.Parent);
        Assert.Equal((15, 32), (span.Location.Start, span.Location.Length));
        Assert.Equal((0, 15, 0, 47), (span.Location.StartLine, span.Location.StartColumn, span.Location.EndLine, span.Location.EndColumn));
        Assert.True(span.Block.HasClass("mission"));
        Assert.Equal("voskhod-2", span.Block.Id?.Name);
    }

    [Fact]
    public void A_span_on_a_later_line_is_located_on_that_line()
    {
        var document = Parse.Clean("First line.\nSecond: [Moscow]{.place #moscow}");

        var span = Assert.Single(document.Spans);
        Assert.Equal((1, 8), (span.Location.StartLine, span.Location.StartColumn));
        Assert.Equal((12 + 8, 12 + 14), (span.TextStart, span.TextEnd));
    }

    [Fact]
    public void Nested_spans_strip_the_inner_markup_from_the_outer_covered_text()
    {
        var document = Parse.Clean("[[Pavel Belyayev]{.person #belyayev} (codename Almaz-2)]{.name p=crew}");

        Assert.Equal("Pavel Belyayev (codename Almaz-2)", document.Text);
        Assert.Equal(2, document.Spans.Count);
        var outer = document.Spans[0];
        var inner = document.Spans[1];
        Assert.Equal(("Pavel Belyayev (codename Almaz-2)", -1, 0, 33), (outer.Covered, outer.Parent, outer.TextStart, outer.TextEnd));
        Assert.Equal(("Pavel Belyayev", 0, 0, 14), (inner.Covered, inner.Parent, inner.TextStart, inner.TextEnd));
        Assert.True(outer.Block.HasClass("name"));
        Assert.True(inner.Block.HasClass("person"));
        Assert.Equal(0, outer.Location.Start);
        Assert.Equal(1, inner.Location.Start);
    }

    [Fact]
    public void Siblings_and_grandchildren_get_their_parent_index_in_document_order()
    {
        // 'w' holds 'x' and 'y'; 'y' holds 'z'. Spans are numbered by where they open.
        var document = Parse.Clean("a [b [c]{.x} d [e [f]{.z}]{.y}]{.w} g");

        Assert.Equal("a b c d e f g", document.Text);
        var summary = document.Spans.Select(static s => (s.Block.Attributes[0].Name, s.Parent, s.Covered, s.TextStart, s.TextEnd)).ToList();
        Assert.Equal(
            new[] { ("w", -1, "b c d e f", 2, 11), ("x", 0, "c", 4, 5), ("y", 0, "e f", 8, 11), ("z", 2, "f", 10, 11) },
            summary);
    }

    [Fact]
    public void Sixteen_levels_of_nesting_are_allowed()
    {
        const int depth = 16;
        var text = new string('[', depth) + "deep" + string.Concat(Enumerable.Range(0, depth).Select(static i => "]{.n" + i + "}"));

        var document = Parse.Clean(text);

        Assert.Equal("deep", document.Text);
        Assert.Equal(depth, document.Spans.Count);
        Assert.Equal(Enumerable.Range(-1, depth), document.Spans.Select(static s => s.Parent));
        Assert.All(document.Spans, static s => Assert.Equal("deep", s.Covered));
        Assert.Equal("n15", document.Spans[0].Block.Attributes[0].Name);
        Assert.Equal("n0", document.Spans[depth - 1].Block.Attributes[0].Name);
    }

    [Fact]
    public void Covered_text_resolves_escapes()
    {
        var document = Parse.Clean(@"[IPA \[ɐlʲɪkˈsʲej\] and \{\{cite\}\} and \\]{.name}");

        Assert.Equal(@"IPA [ɐlʲɪkˈsʲej] and {{cite}} and \", Assert.Single(document.Spans).Covered);
        Assert.Equal(document.Text, document.Spans[0].Covered);
    }

    [Fact]
    public void A_span_may_cover_a_line_continuation_and_a_real_line_break()
    {
        var document = Parse.Clean("[12 minutes \\\nand 9 seconds]{.duration} [a\nb]{.name}");

        Assert.Equal("12 minutes and 9 seconds a\nb", document.Text);
        Assert.Equal("12 minutes and 9 seconds", document.Spans[0].Covered);
        Assert.Equal((0, 1), (document.Spans[0].Location.StartLine, document.Spans[0].Location.EndLine));
        Assert.Equal("a\nb", document.Spans[1].Covered);
        Assert.Equal((1, 2), (document.Spans[1].Location.StartLine, document.Spans[1].Location.EndLine));
    }

    [Fact]
    public void An_empty_zone_span_covers_nothing_at_its_place()
    {
        var document = Parse.Clean("Text.\n[]{.zone kind=references}Refs");

        Assert.Equal("Text.\nRefs", document.Text);
        var zone = Assert.Single(document.Spans);
        Assert.Equal((string.Empty, 6, 6), (zone.Covered, zone.TextStart, zone.TextEnd));
        Assert.True(zone.Block.HasClass("zone"));
        Assert.Equal("references", zone.Block.Pair("kind")?.Value);
        Assert.Equal((1, 0), (zone.Location.StartLine, zone.Location.StartColumn));
    }

    [Fact]
    public void Adjacent_spans_do_not_nest()
    {
        var document = Parse.Clean("[a]{.x}[b]{.y}");

        Assert.Equal(new[] { -1, -1 }, document.Spans.Select(static s => s.Parent));
        Assert.Equal(new[] { (0, 1), (1, 2) }, document.Spans.Select(static s => (s.TextStart, s.TextEnd)));
    }

    [Fact]
    public void A_malformed_attribute_is_dropped_and_the_rest_of_its_block_kept()
    {
        var document = Parse.Text("[Leonov]{.person #x,y p=crew} walked");

        Assert.Equal("Leonov walked", document.Text);
        var span = Assert.Single(document.Spans);
        Assert.Equal(new[] { "person", "p" }, span.Block.Attributes.Select(static a => a.Name));
        Assert.Null(span.Block.Id);
        Assert.Equal("LEO0009", Assert.Single(document.Diagnostics).Id);
    }
}
