namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>LEO0219: a qualifier attached to a statement whose property does not take it (<c>qualifiers=</c>).</summary>
public sealed class QualifierNotTakenTests
{
    private const string Position = "{.property #position of=person type=name card=many}";

    [Fact]
    public void Is_reported_at_the_qualifier_naming_what_the_property_takes()
    {
        const string body = "[From 1976 to 1982]{.interval on=chief p=period}, Leonov was the [commander of the team]{.name #chief p=position} in [Moscow]{.place e=moscow on=chief p=place}.";
        var outcome = Run(Position, "qualifiers=\"period, date\"", CorpusTexts.Doc("doc", body));

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0219", 2, SmallCorpus.PositionOf(body, "[Moscow]").Column);
        Assert.Equal(
            "property 'position' of person does not take the qualifier 'place'; it takes period, date: use one of those, or add 'place' to the property's qualifiers= in the schema",
            CorpusAssert.Message(diagnostic));
        Assert.Equal("[Moscow]{.place e=moscow on=chief p=place}".Length, diagnostic.Location!.Length);
    }

    [Fact]
    public void The_qualifier_is_dropped_and_the_statement_keeps_the_others()
    {
        const string body = "[From 1976 to 1982]{.interval on=chief p=period}, the [commander]{.name #chief p=position} in [Moscow]{.place e=moscow on=chief p=place} on [1 May 1976]{.date on=chief p=date}.";
        var outcome = Run(Position, "qualifiers=period", CorpusTexts.Doc("doc", body));

        CorpusAssert.Exactly($"LEO0219@2:{SmallCorpus.PositionOf(body, "[Moscow]").Column} LEO0219@2:{SmallCorpus.PositionOf(body, "[1 May").Column}", outcome.Diagnostics);
        var position = outcome.Statement("leonov", "position");
        Assert.Equal(new[] { "period" }, position.Qualifiers.Select(static q => q.Property));
    }

    [Fact]
    public void Is_reported_in_the_document_that_attaches_it()
    {
        var outcome = Run(
            Position,
            "qualifiers=\"\"",
            CorpusTexts.Doc("a", "Leonov was the [commander]{.name #chief p=position}."),
            CorpusTexts.Doc("b", "He was it from [1976]{.date on=chief p=date}."));

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0219", 2, 16);
        Assert.Equal("/corpus/b.leo", diagnostic.Location!.FilePath);
        Assert.EndsWith("'date'; it takes no qualifier: remove this one, or add 'date' to the property's qualifiers= in the schema", CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Statement("leonov", "position").Qualifiers);
    }

    [Fact]
    public void A_property_is_found_by_its_subjects_kind()
    {
        // Missions' date takes no qualifier, events' date (the same id) says nothing, so takes every one.
        var outcome = Run(
            "{.property #date of=mission type=date}",
            "qualifiers=\"\"",
            CorpusTexts.Doc("doc", "[1965]{.date of=spacewalk p=date #walked} in [Moscow]{.place e=moscow on=walked p=place}; [1965]{.date of=voskhod-2 p=date #flew} in [Moscow]{.place e=moscow on=flew p=place}."));

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0219");
        Assert.StartsWith("property 'date' of mission does not take the qualifier 'place'", CorpusAssert.Message(diagnostic));
        Assert.Single(outcome.Statement("spacewalk", "date").Qualifiers);
    }

    [Fact]
    public void Without_qualifiers_a_property_takes_every_qualifier()
    {
        var outcome = Run(Position, string.Empty, CorpusTexts.Doc("doc", "the [commander]{.name #chief p=position} in [Moscow]{.place e=moscow on=chief p=place}"));

        CorpusAssert.None(outcome.Diagnostics);
    }

    private static CorpusOutcome Run(string declaration, string qualifiers, params (string Path, string Text)[] documents)
    {
        var schema = CorpusTexts.Schema.Replace(declaration, declaration[..^1] + " " + qualifiers + "}", StringComparison.Ordinal);
        Assert.NotEqual(CorpusTexts.Schema, schema);
        return CorpusPipeline.Run(schema, new[] { CorpusTexts.Cast }.Concat(documents).ToArray());
    }
}
