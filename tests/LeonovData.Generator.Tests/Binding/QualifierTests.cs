namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>Qualifiers: on= refines the statement named #id, forwards, backwards and across documents.</summary>
public sealed class QualifierTests
{
    [Fact]
    public void A_qualifier_may_come_before_its_statement()
    {
        var outcome = CorpusTexts.RunBody("[From 1976 to 1982]{.interval on=chief p=period}, Leonov was the [commander of the team]{.name #chief p=position}.");

        CorpusAssert.None(outcome.Diagnostics);
        var position = outcome.Statement("leonov", "position");
        Assert.Equal("chief", position.Id);
        var period = Assert.Single(position.Qualifiers);
        Assert.Equal(("period", "1976/1982", "interval"), (period.Property, period.Value.Normalized, period.Value.Type));
        Assert.Equal(("doc.leo", 2, 1, "From 1976 to 1982"), (period.Citation.Document, period.Citation.Line, period.Citation.Column, period.Citation.Quote));
        Assert.Equal((1, 0), (period.Location.StartLine, period.Location.StartColumn));
    }

    [Fact]
    public void Qualifiers_may_come_after_their_statement_and_be_entities()
    {
        var outcome = CorpusTexts.RunBody(
            "[Leonov]{.person e=leonov #crew-leonov of=voskhod-2 p=crew} (callsign [Almaz-2]{.name on=crew-leonov p=callsign}) " +
            "flew with [Belyayev]{.person e=belyayev on=crew-leonov p=with} from [Moscow]{.place e=moscow on=crew-leonov p=place}.");

        CorpusAssert.None(outcome.Diagnostics);
        var crew = outcome.Statement("voskhod-2", "crew");
        Assert.Equal(
            new[] { ("callsign", "Almaz-2"), ("with", "belyayev"), ("place", "moscow") },
            crew.Qualifiers.Select(static q => (q.Property, q.Value.Normalized)));
        Assert.Equal("belyayev", crew.Qualifiers[1].Value.EntityId);
    }

    [Fact]
    public void A_qualifier_states_no_fact_of_its_own()
    {
        var outcome = CorpusTexts.RunBody("[1975]{.date on=walk p=date} [Leonov]{.person e=leonov #walk of=voskhod-2 p=crew}");

        Assert.Single(outcome.Corpus.Statements);
    }

    [Fact]
    public void Qualifiers_attach_across_documents()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[Hero of the Soviet Union]{.award e=hero #hero-1965 p=award}"),
            CorpusTexts.Doc("b", "Made a Hero on [23 March 1965]{.date on=hero-1965 p=date}."),
            CorpusTexts.Doc("c", "With [Belyayev]{.person e=belyayev on=hero-1965 p=with}."));

        CorpusAssert.None(outcome.Diagnostics);
        var award = outcome.Statement("leonov", "award");
        Assert.Equal(new[] { ("date", "1965-03-23", "b.leo"), ("with", "belyayev", "c.leo") }, award.Qualifiers.Select(static q => (q.Property, q.Value.Normalized, q.Citation.Document)));
    }

    [Fact]
    public void An_unknown_statement_suggests_the_closest_name()
    {
        var outcome = CorpusTexts.RunBody("[1976]{.date on=chif p=date} [commander]{.name #chief p=position}");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0211", 2, 17);
        Assert.Equal("on=chif names no statement; did you mean 'chief'?", CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Statement("leonov", "position").Qualifiers);
    }

    [Fact]
    public void On_an_entity_id_is_no_statement()
    {
        // #leonov declares an entity; it names no statement a qualifier could refine.
        var outcome = CorpusTexts.RunBody("[1976]{.date on=leonov p=date}");

        CorpusAssert.Single(outcome.Diagnostics, "LEO0211", 2, 17);
    }

    [Fact]
    public void An_unknown_qualifier_suggests_the_closest_qualifier()
    {
        var outcome = CorpusTexts.RunBody("[1976]{.date on=chief p=dat} [commander]{.name #chief p=position}");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0202", 2, 25);
        Assert.Equal("'dat' is not a property of the qualifiers; did you mean 'date'?", CorpusAssert.Message(diagnostic));
    }

    [Fact]
    public void A_qualifier_of_the_wrong_type_is_an_error()
    {
        var outcome = CorpusTexts.RunBody("[Moscow]{.place e=moscow on=chief p=date} [commander]{.name #chief p=position}");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0210", 2, 1);
        Assert.StartsWith("property 'date' of a qualifier holds ", CorpusAssert.Message(diagnostic));
        Assert.Contains("the span is '.place'", CorpusAssert.Message(diagnostic));
        Assert.Contains("'.date'", CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Statement("leonov", "position").Qualifiers);
    }
}
