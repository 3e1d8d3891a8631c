namespace LeonovData.Generator.Tests.Syntax;

using LeonovData.Generator.Syntax;
using Xunit;

/// <summary>Attribute blocks: .class, #id, key=value, key="quoted", %comments% and separators (docs/format.md §1, block rule).</summary>
public sealed class AttributeTests
{
    private static AttributeBlock Block(string attributes) => Assert.Single(Parse.Clean("[x]{" + attributes + "}").Spans).Block;

    private static IEnumerable<(AttributeForm, string, string)> Summary(AttributeBlock block) =>
        block.Attributes.Select(static a => (a.Form, a.Name, a.Value));

    [Fact]
    public void Every_form_is_read_in_written_order()
    {
        var block = Block("""
            .date #d p=born v=1934-05-30 why="quoted \"escaped\" \\ value"
            """);

        Assert.Equal(
            new[]
            {
                (AttributeForm.Class, "date", "date"),
                (AttributeForm.Id, "d", "d"),
                (AttributeForm.Pair, "p", "born"),
                (AttributeForm.Pair, "v", "1934-05-30"),
                (AttributeForm.Pair, "why", "quoted \"escaped\" \\ value"),
            },
            Summary(block));
    }

    /// <summary>The markup packs an attribute's offset and length into 16 and 14 bits; a longer place is
    /// kept beside it, and every attribute must read back as written, whichever way it was kept.</summary>
    [Fact]
    public void Attributes_longer_or_further_than_an_entry_holds_read_back_as_written()
    {
        var longValue = new string('a', 70_000);
        const string Prefix = "[x]";
        var text = Prefix + "{.note why=\"" + longValue + "\" p=note #n m=" + new string('b', 20_000) + " .tail}";
        var block = Assert.Single(Parse.Clean(text).Spans).Block;
        Assert.Equal(
            new[]
            {
                (AttributeForm.Class, "note", "note"),
                (AttributeForm.Pair, "why", longValue),
                (AttributeForm.Pair, "p", "note"),
                (AttributeForm.Id, "n", "n"),
                (AttributeForm.Pair, "m", new string('b', 20_000)),
                (AttributeForm.Class, "tail", "tail"),
            },
            Summary(block));

        var lines = new LineMap(Parse.Path, text);
        foreach (var attribute in block.Attributes)
        {
            var place = block.LocationOf(attribute);
            Assert.Equal(lines.Locate(place.Start, place.Length), place);
            Assert.Equal(text.IndexOf(attribute.Form switch { AttributeForm.Class => "." + attribute.Name, AttributeForm.Id => "#" + attribute.Name, _ => attribute.Name + "=" }, StringComparison.Ordinal), place.Start);
            Assert.Equal(attribute.Value, text.Substring(block.ValueLocationOf(attribute).Start, attribute.ValueLength));
        }

        Assert.True(block.Attributes[1].IsQuoted);
        Assert.False(block.Attributes[4].IsQuoted);
    }

    [Theory]
    [InlineData("v=1976/1982", "1976/1982")]
    [InlineData("v=2002-12-18/..", null)]
    [InlineData("v=PT12M9S", "PT12M9S")]
    [InlineData("v=+1", "+1")]
    [InlineData("v=a_b-c:d", "a_b-c:d")]
    [InlineData("v=\"\"", "")]
    [InlineData("v=\"4.8 m\"", "4.8 m")]
    [InlineData("v=\"a}b]c[d{e%f\u00A0g\"", "a}b]c[d{e%f\u00A0g")]
    [InlineData("v=\"\\\\\"", "\\")]
    [InlineData("v=\"\\\"\"", "\"")]
    public void Values_bare_and_quoted(string attribute, string? expected)
    {
        var document = Parse.Text("[x]{" + attribute + "}");

        if (expected is null)
        {
            Assert.Contains(document.Diagnostics, static d => d.Id == "LEO0008");
        }
        else
        {
            Assert.Empty(document.Diagnostics);
            Assert.Equal(expected, Assert.Single(document.Spans).Block.Pair("v")?.Value);
        }
    }

    [Theory]
    [InlineData(".date #d p=born")]
    [InlineData(".date\t#d\u00A0p=born")]
    [InlineData("   .date    #d   p=born   ")]
    [InlineData(".date %a comment with } and { and [ inside% #d p=born")]
    [InlineData(".date%adjacent%#d%comments%p=born%too%")]
    [InlineData("%leading% .date #d p=born")]
    public void Spaces_tabs_no_break_spaces_and_comments_separate_attributes(string attributes)
    {
        Assert.Equal(
            new[] { (AttributeForm.Class, "date", "date"), (AttributeForm.Id, "d", "d"), (AttributeForm.Pair, "p", "born") },
            Summary(Block(attributes)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%only a comment%")]
    public void A_block_may_hold_no_attribute(string attributes) => Assert.Empty(Block(attributes).Attributes);

    [Fact]
    public void Attribute_and_value_locations_are_exact()
    {
        // [x]{.date p=born why="ab"}
        // 0123456789012345678901234567
        var block = Block(".date p=born why=\"ab\"");

        var kind = block.Attributes[0];
        Assert.Equal((4, 5), (block.LocationOf(kind).Start, block.LocationOf(kind).Length));
        Assert.Equal((5, 4), (block.ValueLocationOf(kind).Start, block.ValueLocationOf(kind).Length));
        var p = block.Pair("p")!.Value;
        Assert.Equal((10, 6), (block.LocationOf(p).Start, block.LocationOf(p).Length));
        Assert.Equal((12, 4), (block.ValueLocationOf(p).Start, block.ValueLocationOf(p).Length));
        var why = block.Pair("why")!.Value;
        Assert.Equal((17, 8), (block.LocationOf(why).Start, block.LocationOf(why).Length));
        Assert.Equal((22, 2), (block.ValueLocationOf(why).Start, block.ValueLocationOf(why).Length));
        Assert.Equal((0, 22), (block.ValueLocationOf(why).StartLine, block.ValueLocationOf(why).StartColumn));
        Assert.Equal((3, 23), (block.Location.Start, block.Location.Length));
    }

    [Fact]
    public void Names_are_ascii_letters_digits_hyphens_and_underscores()
    {
        var block = Block(".Kind_2 #id-3_x key-1_B=v");

        Assert.Equal(new[] { "Kind_2", "id-3_x", "key-1_B" }, block.Attributes.Select(static a => a.Name));
    }

    [Fact]
    public void Lookups_find_the_first_of_each_form()
    {
        var block = Block(".person .sic #a p=crew");

        Assert.True(block.HasClass("person"));
        Assert.True(block.HasClass("sic"));
        Assert.False(block.HasClass("date"));
        Assert.Equal("a", block.Id?.Name);
        Assert.Equal("crew", block.Pair("p")?.Value);
        Assert.Null(block.Pair("of"));
    }
}
