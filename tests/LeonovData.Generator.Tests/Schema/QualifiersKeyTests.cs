namespace LeonovData.Generator.Tests.Schema;

using LeonovData.Generator.Schema;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary><c>qualifiers=</c>: which qualifiers a property takes, each name checked where it is written.</summary>
public sealed class QualifiersKeyTests
{
    private const string Qualifiers = "{.entity #a}\n{.qualifier #date type=date}\n{.qualifier #with type=a card=many}\n{.qualifier #role type=name}\n";

    [Theory]
    [InlineData("", null)]
    [InlineData("qualifiers=\"\"", "")]
    [InlineData("qualifiers=\"  \"", "")]
    [InlineData("qualifiers=date", "date")]
    [InlineData("qualifiers=\"date, with\"", "date with")]
    [InlineData("qualifiers=\"with date\"", "with date")]
    [InlineData("qualifiers=\"role,date ,  with\"", "role date with")]
    public void The_qualifiers_a_property_takes(string key, string? expected)
    {
        var schema = SchemaDeclarationTests.ReadClean(Qualifiers + $"{{.property #b of=a type=date {key}}}");

        var property = schema.Property("a", "b")!;
        Assert.Equal(expected, property.Takes is { } takes ? string.Join(" ", takes.Select(static t => t.Id)) : null);
        Assert.Equal(
            new[] { "date", "with", "role" }.Select(q => expected is null || expected.Split(' ').Contains(q)),
            new[] { "date", "with", "role" }.Select(q => SchemaModel.Takes(property, q)));
    }

    [Theory]
    [InlineData("qualifiers=\"date, wiht\"", "LEO0101@5:48", "qualifiers= of 'b' names 'wiht', which is not a qualifier of the schema; did you mean 'with'?", "date")]
    [InlineData("qualifiers=place", "LEO0101@5:41", "qualifiers= of 'b' names 'place', which is not a qualifier of the schema; the qualifiers are date, with, role", "")]
    [InlineData("qualifiers=\"date with date\"", "LEO0101@5:52", "qualifiers= of 'b' names 'date' twice; name each qualifier once", "date with")]
    [InlineData("qualifiers=\"b\"", "LEO0101@5:42", "names 'b', which is not a qualifier of the schema", "")]
    public void A_wrong_name_is_reported_where_it_is_written_and_left_out(string key, string expected, string message, string kept)
    {
        var schema = SchemaDeclarationTests.Read(Qualifiers + $"{{.property #b of=a type=date {key}}}");

        CorpusAssert.Exactly(expected, schema.Diagnostics);
        Assert.Contains(message, CorpusAssert.Message(schema.Diagnostics[0]));
        Assert.Equal(kept, string.Join(" ", schema.Property("a", "b")!.Takes!.Value.Select(static t => t.Id)));
    }

    [Fact]
    public void A_value_with_escapes_is_reported_as_a_whole()
    {
        // The quoted value's text is not the name's text, so no offset into it is exact.
        var schema = SchemaDeclarationTests.Read(Qualifiers + "{.property #b of=a type=date qualifiers=\"wi\\\\th\"}");

        var diagnostic = Assert.Single(schema.Diagnostics);
        Assert.Equal((4, 41), (diagnostic.Location!.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void A_schema_without_qualifiers_says_so()
    {
        var schema = SchemaDeclarationTests.Read("{.entity #a}\n{.property #b of=a type=date qualifiers=date}");

        Assert.Contains("the schema declares no qualifier", CorpusAssert.Message(Assert.Single(schema.Diagnostics)));
    }

    [Fact]
    public void Qualifiers_of_another_schema_file_count()
    {
        var schema = SchemaDeclarationTests.ReadClean("{.entity #a}\n{.property #b of=a type=date qualifiers=\"date\"}", "{.qualifier #date type=date}");

        Assert.True(SchemaModel.Takes(schema.Property("a", "b")!, "date"));
    }

    [Fact]
    public void A_qualifier_takes_no_qualifiers()
    {
        var schema = SchemaDeclarationTests.Read("{.qualifier #q type=date qualifiers=q}");

        var diagnostic = CorpusAssert.Single(schema.Diagnostics, "LEO0101", 1, 26);
        Assert.StartsWith("'qualifiers' is not a key of .qualifier", CorpusAssert.Message(diagnostic));
    }

    [Fact]
    public void A_qualifier_whose_declaration_is_broken_is_left_out_without_a_second_error()
    {
        // 'when' has an unknown type (LEO0102, at its declaration); the property does not repeat it.
        var schema = SchemaDeclarationTests.Read(Qualifiers + "{.qualifier #when type=dat}\n{.property #b of=a type=date qualifiers=\"when date\"}");

        CorpusAssert.Exactly("LEO0102@5:1", schema.Diagnostics);
        Assert.Equal(new[] { "date" }, schema.Property("a", "b")!.Takes!.Value.Select(static t => t.Id));
    }

    [Theory]
    // The fact type of b (of kind A) is ABFact: a kind's type or catalogue may not take that name.
    [InlineData("{.entity #c type=ABFact}", "'b' would generate the type ABFact for its facts, which is already the type of c; give it another member=")]
    [InlineData("{.entity #c type=C plural=ABFact}", "'b' would generate the type ABFact for its facts, which is already the catalogue of c")]
    // Bs's facts are BFacts, one fact of which is an ABFact too.
    [InlineData("{.property #b-list of=a type=date card=many member=Bs}", "'b' would generate the type ABFact for its facts, which is already the fact type of 'b-list' of a")]
    public void A_fact_type_name_that_is_taken_is_reported_at_the_property(string other, string message)
    {
        var schema = SchemaDeclarationTests.Read("{.entity #a type=A}\n{.qualifier #date type=date}\n" + other + "\n{.property #b of=a type=date}");

        var diagnostic = CorpusAssert.Single(schema.Diagnostics, "LEO0101");
        Assert.Contains(message, CorpusAssert.Message(diagnostic));
        Assert.Null(schema.Property("a", "b"));
    }

    [Theory]
    [InlineData("qualifiers=\"\"", "LEO0101@6:1")]
    [InlineData("qualifiers=role", "LEO0101@6:1")]
    [InlineData("qualifiers=\"role date\"", "")]
    [InlineData("qualifiers=role to=born", "")]
    public void An_age_measured_to_its_statements_date_takes_the_date(string key, string expected)
    {
        var schema = SchemaDeclarationTests.Read(Qualifiers + $"{{.property #born of=a type=date}}\n{{.property #age of=a type=age from=born {key}}}");

        CorpusAssert.Exactly(expected, schema.Diagnostics);
        if (expected.Length > 0)
        {
            Assert.Equal("'age' measures an age from born to the date its statement is qualified with, so its qualifiers= must include date", CorpusAssert.Message(schema.Diagnostics[0]));
        }
    }

    [Fact]
    public void A_qualifier_member_may_not_take_the_name_of_the_field_keeping_a_list()
    {
        // 'with' is a list, kept in the field _With of every fact type that takes it.
        var schema = SchemaDeclarationTests.Read(Qualifiers + "{.qualifier #w type=name member=_With}");

        var diagnostic = CorpusAssert.Single(schema.Diagnostics, "LEO0101", 5, 1);
        Assert.Equal("'w' would generate the member Fact._With, which 'with' generates too; give it another member=", CorpusAssert.Message(diagnostic));
    }

    [Fact]
    public void A_property_that_takes_no_qualifier_needs_no_fact_type_name()
    {
        var schema = SchemaDeclarationTests.ReadClean("{.entity #a type=A}\n{.qualifier #date type=date}\n{.entity #c type=ABFact}\n{.property #b of=a type=date qualifiers=\"\"}");

        Assert.NotNull(schema.Property("a", "b"));
    }
}
