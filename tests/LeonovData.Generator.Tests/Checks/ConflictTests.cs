namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>LEO0301: a single-valued property with incompatible values, precision-aware, unless ranked.</summary>
public sealed class ConflictTests
{
    private static CorpusOutcome Dates(string first, string second) => CorpusTexts.Run(
        CorpusTexts.Doc("a", $"It flew on [{first}]{{.date of=voskhod-2 p=date}}."),
        CorpusTexts.Doc("b", $"Launched\n[{second}]{{.date of=voskhod-2 p=date}}."));

    [Theory]
    [InlineData("1965", "18 March 1965")]
    [InlineData("March 1965", "18 March 1965")]
    [InlineData("18 March 1965", "March 18, 1965")]
    [InlineData("1965", "March 1965")]
    public void Values_that_can_both_be_true_do_not_conflict(string first, string second)
    {
        var outcome = Dates(first, second);

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(2, outcome.Statements("voskhod-2", "date").Count);
    }

    [Theory]
    [InlineData("18 March 1965", "19 March 1965", "1965-03-19", "1965-03-18")]
    [InlineData("1965", "1966", "1966", "1965")]
    [InlineData("March 1965", "18 April 1965", "1965-04-18", "1965-03")]
    public void Values_that_cannot_both_be_true_conflict_with_the_other_side_located(string first, string second, string later, string earlier)
    {
        var outcome = Dates(first, second);

        var conflict = CorpusAssert.Single(outcome.Diagnostics, "LEO0301", 3, 1);
        Assert.Equal("/corpus/b.leo", conflict.Location!.FilePath);
        var other = Assert.Single(conflict.AdditionalLocations);
        Assert.Equal(("/corpus/a.leo", 1, 11), (other.FilePath, other.StartLine, other.StartColumn));
        Assert.StartsWith($"voskhod-2.date is {later} here but {earlier} at a.leo(2,12); if the sources really disagree, mark the one to trust with rank=preferred", CorpusAssert.Message(conflict));
        Assert.Equal(LeonovData.Generator.Diagnostics.DiagnosticDescriptors.Conflict.DefaultSeverity, conflict.ToDiagnostic().Severity);
    }

    [Theory]
    [InlineData("rank=preferred why=\"the encyclopedia checked\"", "")]
    [InlineData("", "rank=preferred why=\"the encyclopedia checked\"")]
    [InlineData("rank=deprecated why=\"a typo\"", "")]
    [InlineData("", "rank=deprecated why=\"a typo\"")]
    public void A_rank_resolves_a_real_disagreement(string firstRank, string secondRank)
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", $"[18 March 1965]{{.date of=voskhod-2 p=date {firstRank}}}"),
            CorpusTexts.Doc("b", $"[19 March 1965]{{.date of=voskhod-2 p=date {secondRank}}}"));

        CorpusAssert.None(outcome.Diagnostics);
    }

    [Fact]
    public void Two_preferred_statements_that_disagree_still_conflict()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[18 March 1965]{.date of=voskhod-2 p=date rank=preferred why=\"x\"}"),
            CorpusTexts.Doc("b", "[19 March 1965]{.date of=voskhod-2 p=date rank=preferred why=\"y\"} [20 March 1965]{.date of=voskhod-2 p=date}"));

        Assert.Equal("/corpus/b.leo", CorpusAssert.Single(outcome.Diagnostics, "LEO0301", 2, 1).Location!.FilePath);
    }

    [Fact]
    public void Each_incompatible_statement_is_reported_once_against_the_first_it_contradicts()
    {
        var outcome = CorpusTexts.RunBody("[1965]{.date of=voskhod-2 p=date} [18 March 1965]{.date of=voskhod-2 p=date} [19 March 1965]{.date of=voskhod-2 p=date} [1966]{.date of=voskhod-2 p=date}");

        var conflicts = outcome.WithId("LEO0301");
        Assert.Equal(2, conflicts.Count);
        Assert.Equal(new[] { (77, 34), (120, 0) }, conflicts.Select(static c => (c.Location!.StartColumn, c.AdditionalLocations[0].StartColumn)));
    }

    [Fact]
    public void Durations_entities_and_lengths_conflict_by_their_own_rules()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[12 minutes]{.duration of=voskhod-2 p=duration} [Moscow]{.place e=moscow p=deathplace} [500 km]{.length of=voskhod-2 p=altitude}"),
            CorpusTexts.Doc("b", "[12 minutes and 9 seconds]{.duration of=voskhod-2 p=duration} [Star City]{.place #star-city p=deathplace} [310 miles]{.length of=voskhod-2 p=altitude}"),
            CorpusTexts.Doc("c", "[13 minutes]{.duration of=voskhod-2 p=duration}"));

        Assert.Equal(
            new[] { ("/corpus/b.leo", "deathplace"), ("/corpus/c.leo", "duration") },
            outcome.WithId("LEO0301").Select(static c => (c.Location!.FilePath, CorpusAssert.Message(c).Split('.', ' ')[1])).OrderBy(static x => x.Item1));
    }

    [Fact]
    public void Properties_with_many_values_never_conflict()
    {
        var outcome = CorpusTexts.RunBody("[Leonov]{.person e=leonov of=voskhod-2 p=crew} [Belyayev]{.person e=belyayev of=voskhod-2 p=crew} [pilot]{.name p=occupation} [artist]{.name p=occupation}");

        CorpusAssert.None(outcome.Diagnostics);
    }
}
