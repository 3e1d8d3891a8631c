namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>LEO0302/LEO0303: nothing dated before a person's birth, or after their death unless posthumous.</summary>
public sealed class ChronologyTests
{
    private const string Life = "Born [30 May 1934]{.date p=born}, died [11 October 2019]{.date p=died}.\n";

    [Fact]
    public void A_date_before_birth_is_reported_at_the_statement()
    {
        var outcome = CorpusTexts.RunBody(Life + "He retired in [1920]{.date p=retired}.");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0302", 3, 15);
        Assert.StartsWith("leonov.retired is", CorpusAssert.Message(diagnostic));
        Assert.Contains("1920, before Alexei Leonov was born (1934-05-30)", CorpusAssert.Message(diagnostic));
    }

    [Fact]
    public void A_date_after_death_is_reported_unless_the_property_is_posthumous()
    {
        var outcome = CorpusTexts.RunBody(Life + "He retired in [2020]{.date p=retired}; the funeral was on [15 October 2019]{.date p=funeral}.");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0303", 3, 15);
        Assert.Contains("2020, after Alexei Leonov died (2019-10-11)", CorpusAssert.Message(diagnostic));
        Assert.Contains("posthumous=true", CorpusAssert.Message(diagnostic));
    }

    [Theory]
    [InlineData("1934")]
    [InlineData("May 1934")]
    [InlineData("30 May 1934")]
    [InlineData("2019")]
    [InlineData("October 2019")]
    [InlineData("11 October 2019")]
    [InlineData("1965")]
    public void A_date_that_may_fall_within_the_life_is_fine(string date)
    {
        CorpusAssert.None(CorpusTexts.RunBody(Life + $"Retired [{date}]{{.date p=retired}}.").Diagnostics);
    }

    [Theory]
    [InlineData("29 May 1934", "LEO0302")]
    [InlineData("April 1934", "LEO0302")]
    [InlineData("1933", "LEO0302")]
    [InlineData("12 October 2019", "LEO0303")]
    [InlineData("November 2019", "LEO0303")]
    [InlineData("2020", "LEO0303")]
    public void A_date_certainly_outside_the_life_is_reported(string date, string id)
    {
        Assert.Equal(new[] { id }, CorpusTexts.RunBody(Life + $"Retired [{date}]{{.date p=retired}}.").Ids);
    }

    [Fact]
    public void Qualifier_dates_count_too()
    {
        var outcome = CorpusTexts.RunBody(Life + "[Director]{.name #director p=position} [from 2020 to 2022]{.interval on=director p=period}; [Hero]{.award e=hero #hero-award p=award} in [1930]{.date on=hero-award p=date}.");

        Assert.Equal(new[] { ("LEO0303", 2, 0), ("LEO0302", 2, 92) }, outcome.Diagnostics.Select(static d => (d.Id, d.Location!.StartLine, d.Location.StartColumn)));
    }

    [Fact]
    public void Birth_and_death_from_other_documents_and_the_preferred_value_are_used()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "Born [1934]{.date p=born}, died [2019]{.date p=died rank=preferred why=\"the obituary\"}."),
            CorpusTexts.Doc("b", "Died [2000]{.date p=died}. Retired [2010]{.date p=retired}."));

        // 2010 is after the deprecated-by-preference 2000, not after the preferred 2019.
        CorpusAssert.None(outcome.Diagnostics);
    }

    [Fact]
    public void A_deprecated_statement_is_not_dated_against_the_life()
    {
        var outcome = CorpusTexts.RunBody(Life + "Retired [1920]{.date p=retired rank=deprecated why=\"a typo for 1992\"} or [1992]{.date p=retired}, [Hero]{.award e=hero #h p=award rank=deprecated why=\"another Leonov\"} in [1930]{.date on=h p=date}.");

        CorpusAssert.None(outcome.Diagnostics);
    }

    [Fact]
    public void Facts_about_other_subjects_are_not_dated_against_this_life()
    {
        CorpusAssert.None(CorpusTexts.RunBody(Life + "[1920]{.date of=hero p=conferred} [1901]{.date of=voskhod-2 p=date}").Diagnostics);
    }

    [Fact]
    public void Without_birth_or_death_nothing_is_checked()
    {
        CorpusAssert.None(CorpusTexts.RunBody("[1800]{.date p=retired} [2999]{.date p=retired}").Diagnostics.Where(static d => d.Id is "LEO0302" or "LEO0303"));
    }
}
