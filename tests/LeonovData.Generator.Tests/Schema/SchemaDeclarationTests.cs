namespace LeonovData.Generator.Tests.Schema;

using LeonovData.Generator.Schema;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>Every declaration form of a .leoschema file, every key and every default.</summary>
public sealed class SchemaDeclarationTests
{
    internal static SchemaModel Read(params string[] files) =>
        SchemaParser.Merge(files.Select(static (text, i) => SchemaParser.ParseFile($"/schema/{i}.leoschema", text)));

    internal static SchemaModel ReadClean(params string[] files)
    {
        var schema = Read(files);
        CorpusAssert.None(schema.Diagnostics);
        return schema;
    }

    [Fact]
    public void An_entity_kind_with_every_key()
    {
        var schema = ReadClean("""
            {.entity #person type=Human plural=People born=born died=died doc="A person named in the sources."}
            {.property #born of=person type=date}
            {.property #died of=person type=date}
            """);

        var person = Assert.Single(schema.Kinds);
        Assert.Equal(
            ("person", "Human", "People", "A person named in the sources.", "born", "died"),
            (person.Id, person.TypeName, person.CatalogueName, person.Doc, person.BornProperty, person.DiedProperty));
        Assert.Equal((0, 0, "/schema/0.leoschema"), (person.Location.StartLine, person.Location.StartColumn, person.Location.FilePath));
        Assert.Same(person, schema.Kind("person"));
        Assert.Null(schema.Kind("Person"));
    }

    [Theory]
    [InlineData("person", "Person", "Persons")]
    [InlineData("space-station", "SpaceStation", "SpaceStations")]
    [InlineData("org_unit", "Org_unit", "Org_units")]
    [InlineData("2nd-stage", "_2ndStage", "_2ndStages")]
    public void Entity_defaults_are_a_Pascal_type_name_and_its_plural_with_s(string id, string typeName, string plural)
    {
        var kind = Assert.Single(ReadClean("{.entity #" + id + "}").Kinds);

        Assert.Equal((typeName, plural, string.Empty), (kind.TypeName, kind.CatalogueName, kind.Doc));
        Assert.Null(kind.BornProperty);
        Assert.Null(kind.DiedProperty);
    }

    [Fact]
    public void A_given_type_name_makes_the_default_plural()
    {
        Assert.Equal("Missions", Assert.Single(ReadClean("{.entity #mission-kind type=Mission}").Kinds).CatalogueName);
    }

    [Fact]
    public void A_property_with_every_key()
    {
        var schema = ReadClean("""
            {.entity #award}
            {.property #conferred of=award type=date card=many member=ConferredOn posthumous=true doc="A date on which it was conferred."}
            {.property #conferments of=award type=count counts=conferred}
            """);

        var conferred = schema.Property("award", "conferred")!;
        Assert.Equal(
            ("conferred", "award", "date", true, "ConferredOn", "A date on which it was conferred.", true),
            (conferred.Id, conferred.Of, conferred.Type, conferred.Many, conferred.MemberName, conferred.Doc, conferred.Posthumous));
        Assert.False(conferred.IsQualifier);
        Assert.Equal((1, 0), (conferred.Location.StartLine, conferred.Location.StartColumn));
        Assert.Equal("conferred", schema.Property("award", "conferments")!.Counts);
    }

    [Fact]
    public void Property_defaults_are_one_value_a_Pascal_member_and_not_posthumous()
    {
        var schema = ReadClean("""
            {.entity #person born=born died=died}
            {.property #born of=person type=date}
            {.property #died of=person type=date}
            {.property #age-at-death of=person type=age from=born to=died}
            {.property #weight of=person type=length card=one posthumous=false}
            """);

        var age = schema.Property("person", "age-at-death")!;
        Assert.Equal((false, "AgeAtDeath", string.Empty, false, null), (age.Many, age.MemberName, age.Doc, age.Posthumous, age.Counts));
        Assert.Equal(("born", "died"), (age.AgeFrom, age.AgeTo));
        var weight = schema.Property("person", "weight")!;
        Assert.Equal((false, false), (weight.Many, weight.Posthumous));
        Assert.Null(schema.Property("person", "born")!.AgeFrom);
    }

    [Fact]
    public void A_qualifier_belongs_to_no_kind()
    {
        var schema = ReadClean("""
            {.entity #person}
            {.qualifier #with type=person card=many member=With doc="People it is shared with."}
            {.qualifier #date type=date}
            """);

        var with = schema.Qualifier("with")!;
        Assert.Equal((null, "person", true, "With", true), (with.Of, with.Type, with.Many, with.MemberName, with.IsQualifier));
        Assert.Equal("Date", schema.Qualifier("date")!.MemberName);
        Assert.Null(schema.Property("person", "with"));
    }

    [Theory]
    [InlineData("date")]
    [InlineData("interval")]
    [InlineData("duration")]
    [InlineData("length")]
    [InlineData("age")]
    [InlineData("count")]
    [InlineData("ordinal")]
    [InlineData("name")]
    [InlineData("place")]
    public void A_type_is_a_value_kind_or_an_entity_kind(string type)
    {
        var schema = ReadClean("{.entity #place}\n{.property #p of=place type=" + type + "}");

        Assert.Equal(type, schema.Property("place", "p")!.Type);
    }

    [Fact]
    public void The_same_id_may_name_properties_of_different_kinds_and_a_qualifier()
    {
        var schema = ReadClean("""
            {.entity #mission} {.entity #event}
            {.property #date of=mission type=date} {.property #date of=event type=interval}
            {.qualifier #date type=date}
            """);

        Assert.Equal(("date", "interval", "date"), (schema.Property("mission", "date")!.Type, schema.Property("event", "date")!.Type, schema.Qualifier("date")!.Type));
        Assert.Equal(3, schema.Properties.Count);
    }

    [Fact]
    public void A_kind_may_be_declared_in_another_file_than_its_properties()
    {
        var schema = ReadClean("{.property #born of=person type=date}\n{.property #friend of=person type=person}", "{.entity #person born=born}");

        Assert.Equal("born", schema.Kind("person")!.BornProperty);
        Assert.Equal(2, schema.Properties.Count);
    }

    [Fact]
    public void A_within_property_names_a_property_of_the_kind_holding_the_same_kind()
    {
        var schema = ReadClean("{.entity #place within=located-in}\n{.property #located-in of=place type=place}");

        Assert.Equal("located-in", schema.Kind("place")!.WithinProperty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("% only a comment %")]
    [InlineData("\uFEFF")]
    [InlineData("\n\r\n\t \n")]
    public void A_schema_without_declarations_is_empty(string text)
    {
        var schema = ReadClean(text);

        Assert.Empty(schema.Kinds);
        Assert.Empty(schema.Properties);
    }

    [Fact]
    public void Comments_blank_lines_CRLF_and_several_blocks_on_a_line()
    {
        var schema = ReadClean("\uFEFF% The schema.\r\n  Comments span lines and may hold {braces} and [brackets]. %\r\n\r\n{.entity #a} % between % {.entity #b %inside%}\r\n\t{.property #p of=a type=b}");

        Assert.Equal(new[] { "a", "b" }, schema.Kinds.Select(static k => k.Id));
        Assert.Equal("b", schema.Property("a", "p")!.Type);
        Assert.Equal((4, 1), (schema.Property("a", "p")!.Location.StartLine, schema.Property("a", "p")!.Location.StartColumn));
    }

    [Fact]
    public void The_Leonov_schema_of_the_seeds_has_no_problem()
    {
        var path = CorpusRepository.Seed("leonov.leoschema");
        var schema = SchemaParser.Merge(new[] { SchemaParser.ParseFile(path, File.ReadAllText(path)) });

        CorpusAssert.None(schema.Diagnostics);
        Assert.Equal(("born", "died"), (schema.Kind("person")!.BornProperty, schema.Kind("person")!.DiedProperty));
        Assert.Equal("conferred", schema.Property("award", "conferments")!.Counts);
        Assert.True(schema.Property("award", "conferred")!.Posthumous);
        Assert.NotNull(schema.Qualifier("date"));
        Assert.All(schema.Properties, p => Assert.True(p.IsQualifier || schema.Kind(p.Of!) is not null));
    }
}
