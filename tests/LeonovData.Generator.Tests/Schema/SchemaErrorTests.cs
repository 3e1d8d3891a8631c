namespace LeonovData.Generator.Tests.Schema;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>Every schema error at its place, with the did-you-mean the message promises.</summary>
public sealed class SchemaErrorTests
{
    [Theory]
    // LEO0101: garbage outside blocks
    [InlineData("hello", "LEO0101@1:1", "only {...} declarations and %comments% may stand in a schema file")]
    [InlineData("{.entity #a}\n  junk here {x}", "LEO0101@2:3", "only {...}")]
    [InlineData("{.entity #a} ]", "LEO0101@1:14", "only {...}")]
    // LEO0101: a block that is not a declaration
    [InlineData("{.entity}", "LEO0101@1:1", "a .entity needs an #id")]
    [InlineData("{.entity #a}\n{.property of=a type=date}", "LEO0101@2:1", "a .property needs an #id")]
    [InlineData("{.qualifier type=date}", "LEO0101@1:1", "a .qualifier needs an #id")]
    [InlineData("{#person}", "LEO0101@1:1", "a schema declaration starts with exactly one of .entity, .property or .qualifier")]
    [InlineData("{.entiti #person}", "LEO0101@1:1", "exactly one of .entity, .property or .qualifier")]
    [InlineData("{.entity .property #x}", "LEO0101@1:1", "exactly one of")]
    // LEO0101: unknown keys, with a did-you-mean
    [InlineData("{.entity #person plurl=People}", "LEO0101@1:18", "'plurl' is not a key of .entity; did you mean 'plural'?")]
    [InlineData("{.entity #a}\n{.property #b of=a type=date crad=many}", "LEO0101@2:30", "'crad' is not a key of .property; did you mean 'card'?")]
    [InlineData("{.entity #a}\n{.property #b of=a type=date colour=red}", "LEO0101@2:30", "'colour' is not a key of .property")]
    [InlineData("{.entity #a}\n{.qualifier #q of=a type=date}", "LEO0101@2:16", "'of' is not a key of .qualifier")]
    [InlineData("{.qualifier #q type=date posthumous=true}", "LEO0101@1:26", "'posthumous' is not a key of .qualifier")]
    [InlineData("{.entity #a card=many}", "LEO0101@1:13", "'card' is not a key of .entity")]
    // LEO0101: missing of= or type=
    [InlineData("{.entity #a}\n{.property #b of=a}", "LEO0101@2:1", "a .property needs of=<kind> and type=<type>")]
    [InlineData("{.property #b type=date}", "LEO0101@1:1", "a .property needs of=<kind> and type=<type>")]
    [InlineData("{.qualifier #q}", "LEO0101@1:1", "a .qualifier needs type=<type>")]
    // LEO0101: bad values
    [InlineData("{.entity #a}\n{.property #b of=a type=date card=several}", "LEO0101@2:35", "card=several is not a cardinality; write card=one or card=many")]
    [InlineData("{.entity #a}\n{.property #b of=a type=date posthumous=yes}", "LEO0101@2:41", "posthumous=yes must be true or false")]
    // LEO0101: counts=, from=, to= must name a property of the same kind
    [InlineData("{.entity #a}\n{.property #n of=a type=count counts=conferd}\n{.property #conferred of=a type=date card=many}", "LEO0101@2:1", "counts=conferd names no property of a; did you mean 'conferred'?")]
    [InlineData("{.entity #a}\n{.property #born of=a type=date}\n{.property #died of=a type=date}\n{.property #age of=a type=age from=bron to=died}", "LEO0101@4:1", "from=bron names no property of a; did you mean 'born'?")]
    [InlineData("{.entity #a}\n{.property #born of=a type=date}\n{.property #age of=a type=age from=born to=death}", "LEO0101@3:1", "to=death names no property of a")]
    [InlineData("{.entity #a} {.entity #b}\n{.property #born of=b type=date}\n{.property #age of=a type=age from=born}", "LEO0101@3:1", "from=born names no property of a")]
    // LEO0101: born= and died= name date properties of the kind
    [InlineData("{.entity #a born=place}\n{.property #place of=a type=name}", "LEO0101@1:1", "born= and died= must name date properties of a, but 'place' is not one")]
    [InlineData("{.entity #a died=died}", "LEO0101@1:1", "born= and died= must name date properties of a, but 'died' is not one")]
    // LEO0101: inverse= must name a free member of the value's kind
    [InlineData("{.entity #a}\n{.property #born of=a type=date inverse=Births}", "LEO0101@2:1", "inverse=Births names the reverse of an entity-valued property, and 'born' holds a date; remove it")]
    [InlineData("{.entity #a}\n{.qualifier #q type=a inverse=Qs}", "LEO0101@2:23", "'inverse' is not a key of .qualifier")]
    [InlineData("{.entity #a} {.entity #b}\n{.property #c of=a type=b inverse=2nd}", "LEO0101@2:1", "inverse=2nd is not a C# name")]
    [InlineData("{.entity #a} {.entity #b}\n{.property #c of=a type=b inverse=Name}", "LEO0101@2:1", "inverse=Name is the name of a member every B has")]
    [InlineData("{.entity #a} {.entity #b}\n{.property #title of=b type=name}\n{.property #c of=a type=b inverse=Title}", "LEO0101@3:1", "inverse=Title would generate the member B.Title, which 'title' generates too; choose another")]
    [InlineData("{.entity #a} {.entity #b}\n{.property #c of=a type=b inverse=Cs}\n{.property #d of=a type=b inverse=Cs}", "LEO0101@3:1", "inverse=Cs would generate the member B.Cs, which the inverse of 'c' generates too")]
    // LEO0102: types and kinds that do not exist
    [InlineData("{.entity #a}\n{.property #b of=a type=dat}", "LEO0102@2:1", "'dat' is neither a value kind (date, interval, duration, length, age, count, ordinal, name, datetime, mass, speed, area, volume, temperature) nor an entity kind of the schema; did you mean 'date'?")]
    [InlineData("{.entity #person}\n{.property #b of=person type=persn}", "LEO0102@2:1", "'persn' is neither a value kind")]
    [InlineData("{.entity #person}\n{.property #b of=persn type=date}", "LEO0102@2:1", "'persn' is neither a value kind (date, interval, duration, length, age, count, ordinal, name, datetime, mass, speed, area, volume, temperature) nor an entity kind of the schema; did you mean 'person'?")]
    [InlineData("{.qualifier #q type=Date}", "LEO0102@1:1", "'Date' is neither")]
    // Syntax errors of the attribute language are reported in schemas too.
    [InlineData("{.entity #a\n", "LEO0006@1:1", "not closed")]
    [InlineData("{.entity #a}\n% never closed", "LEO0011@2:1", "comment")]
    [InlineData("{.entity #a plural=A.s}", "LEO0008@1:20", "the unquoted value of 'plural' stops at '.'")]
    [InlineData("{.entity #a doc=\"unclosed}", "LEO0007@1:17", "not closed")]
    public void Each_schema_error_is_reported_at_its_place(string text, string expected, string message)
    {
        var schema = SchemaDeclarationTests.Read(text);

        CorpusAssert.Exactly(expected, schema.Diagnostics);
        Assert.Contains(message, CorpusAssert.Message(schema.Diagnostics[^1]));
    }

    [Fact]
    public void A_property_with_an_unknown_type_or_kind_is_left_out()
    {
        var schema = SchemaDeclarationTests.Read("{.entity #person}\n{.property #b of=persn type=date}\n{.property #c of=person type=dat}\n{.property #d of=person type=date}");

        Assert.Equal(new[] { "d" }, schema.Properties.Select(static p => p.Id));
    }

    [Fact]
    public void A_declaration_with_an_error_in_a_key_is_still_read()
    {
        // The misspelt key is reported; the rest of the declaration keeps later spans bindable.
        var schema = SchemaDeclarationTests.Read("{.entity #person plurl=People}");

        Assert.Equal("Persons", schema.Kind("person")!.CatalogueName);
    }

    [Fact]
    public void Duplicates_across_files_point_at_the_first_declaration()
    {
        const string first = "{.entity #a}\n{.property #b of=a type=date}\n{.qualifier #q type=date}";
        const string second = "\n{.entity #a type=Other}\n{.property #b of=a type=name}\n{.qualifier #q type=name}";

        var schema = SchemaDeclarationTests.Read(first, second);

        CorpusAssert.Exactly("LEO0103@2:1 LEO0103@3:1 LEO0103@4:1", schema.Diagnostics);
        Assert.All(schema.Diagnostics, static d => Assert.Equal("/schema/1.leoschema", d.Location!.FilePath));
        var others = schema.Diagnostics.Select(static d => Assert.Single(d.AdditionalLocations)).ToList();
        Assert.Equal(new[] { ("/schema/0.leoschema", 0), ("/schema/0.leoschema", 1), ("/schema/0.leoschema", 2) }, others.Select(static l => (l.FilePath, l.StartLine)));
        Assert.Equal(
            new[] { "entity kind 'a' is declared twice; keep one declaration", "property 'b' of a is declared twice; keep one declaration", "qualifier 'q' is declared twice; keep one declaration" },
            schema.Diagnostics.Select(CorpusAssert.Message));

        // The first declaration stands.
        Assert.Equal("A", schema.Kind("a")!.TypeName);
        Assert.Equal("date", schema.Property("a", "b")!.Type);
        Assert.Equal("date", schema.Qualifier("q")!.Type);
        Assert.Single(schema.Kinds);
        Assert.Equal(2, schema.Properties.Count);
    }

    [Fact]
    public void Duplicates_within_one_file_are_reported_too()
    {
        var schema = SchemaDeclarationTests.Read("{.entity #a}\n{.entity #a}");

        var duplicate = CorpusAssert.Single(schema.Diagnostics, "LEO0103", 2, 1);
        Assert.Equal(0, Assert.Single(duplicate.AdditionalLocations).StartLine);
    }

    [Fact]
    public void Within_must_name_a_property_of_the_kind_holding_the_same_kind()
    {
        var schema = SchemaDeclarationTests.Read("{.entity #place within=located-in}\n{.property #located-in of=place type=name}");

        var diagnostic = CorpusAssert.Single(schema.Diagnostics, "LEO0101", 1, 1);
        Assert.Contains("within= must name a property of place whose type is place", CorpusAssert.Message(diagnostic));
    }

    [Theory]
    [InlineData("{.entity #a}\n{.qualifier #q of=a type=date}", "of")]
    [InlineData("{.qualifier #q type=date posthumous=true}", "posthumous")]
    [InlineData("{.qualifier #q type=date counts=x}", "counts")]
    public void A_key_a_qualifier_cannot_take_is_not_suggested_as_its_own_correction(string text, string key)
    {
        var message = CorpusAssert.Message(Assert.Single(SchemaDeclarationTests.Read(text).Diagnostics));

        Assert.StartsWith($"'{key}' is not a key of .qualifier", message);
        Assert.DoesNotContain($"did you mean '{key}'", message);
    }
}
