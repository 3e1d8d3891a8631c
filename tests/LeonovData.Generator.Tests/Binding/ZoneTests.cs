namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>Zones: references and noise hold no statements (LEO0207); body is the default and comes back.</summary>
public sealed class ZoneTests
{
    [Theory]
    [InlineData("references")]
    [InlineData("noise")]
    public void A_statement_in_a_zone_without_facts_is_an_error_at_p(string zone)
    {
        var outcome = CorpusTexts.RunBody($"[]{{.zone kind={zone}}}Published [1999]{{.date p=retired}}.");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0207", 2, 39 + zone.Length);
        Assert.Equal($"this span is in a '{zone}' zone, where no facts are stated; end the zone with []{{.zone kind=body}} or remove p=", CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void An_entity_mention_in_a_noise_zone_is_fine()
    {
        var outcome = CorpusTexts.RunBody("[]{.zone kind=noise}Caption: [Leonov]{.person e=leonov} in 1965.");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void A_body_zone_states_facts_again_and_zones_end_with_their_document()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[]{.zone kind=references}Refs.\n[]{.zone kind=body}Born [1934]{.date p=born}.\n[]{.zone kind=noise}"),
            CorpusTexts.Doc("b", "Died [2019]{.date p=died}."));

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Single(outcome.Statements("leonov", "born"));
        Assert.Single(outcome.Statements("leonov", "died"));
    }

    [Theory]
    [InlineData("[]{.zone kind=appendix}", "LEO0209@2:15")]
    [InlineData("[]{.zone}", "LEO0209@2:1")]
    public void A_zone_needs_a_known_kind(string zone, string expected)
    {
        var outcome = CorpusTexts.RunBody(zone + "Born [1934]{.date p=born}.");

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.Equal("a zone needs kind=body, kind=references or kind=noise", CorpusAssert.Message(outcome.Diagnostics[0]));

        // An unknown zone leaves the current one in force.
        Assert.Single(outcome.Corpus.Statements);
    }
}
