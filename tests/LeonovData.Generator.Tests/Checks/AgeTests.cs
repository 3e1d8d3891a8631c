namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>LEO0306: an age must follow from the birth and death dates; partial dates give a range.</summary>
public sealed class AgeTests
{
    private static CorpusOutcome AgeAtDeath(string born, string died, string age) => CorpusTexts.Run(
        CorpusTexts.Doc("a", $"Born [{born}]{{.date p=born}}, died [{died}]{{.date p=died}}."),
        CorpusTexts.Doc("b", $"He died [{age}]{{.age p=age-at-death}}."));

    [Theory]
    [InlineData("30 May 1934", "11 October 2019", "aged 85", false)]
    [InlineData("30 May 1934", "11 October 2019", "at the age of 84", true)]
    [InlineData("30 May 1934", "11 October 2019", "aged 86", true)]
    [InlineData("30 May 1934", "29 May 2019", "aged 84", false)]
    [InlineData("30 May 1934", "30 May 2019", "aged 85", false)]
    [InlineData("30 May 1934", "29 May 2019", "aged 85", true)]
    [InlineData("1934", "2019", "aged 84", false)]
    [InlineData("1934", "2019", "aged 85", false)]
    [InlineData("1934", "2019", "aged 83", true)]
    [InlineData("1934", "2019", "aged 86", true)]
    [InlineData("May 1934", "May 2019", "aged 84", false)]
    [InlineData("May 1934", "May 2019", "aged 85", false)]
    [InlineData("May 1934", "June 2019", "aged 84", true)]
    [InlineData("29 February 1932", "28 February 2019", "aged 86", false)]
    [InlineData("29 February 1932", "28 February 2019", "aged 87", true)]
    public void The_age_at_death(string born, string died, string age, bool reported)
    {
        var outcome = AgeAtDeath(born, died, age);

        Assert.Equal(reported, outcome.Ids.Contains("LEO0306"));
        Assert.All(outcome.Diagnostics, static d => Assert.Equal("LEO0306", d.Id));
    }

    [Fact]
    public void A_wrong_age_says_what_the_dates_give()
    {
        var diagnostic = CorpusAssert.Single(AgeAtDeath("1934", "2019", "aged 86").Diagnostics, "LEO0306", 2, 9);
        var message = CorpusAssert.Message(diagnostic);

        Assert.StartsWith("'aged 86' says 86 years, but ", message);
        Assert.Contains("1934 to 2019", message);
        Assert.Contains("84 to 85", message);
        Assert.Equal("/corpus/b.leo", diagnostic.Location!.FilePath);
    }

    [Fact]
    public void An_exact_range_is_one_number()
    {
        Assert.Contains(", give 85;", CorpusAssert.Message(Assert.Single(AgeAtDeath("30 May 1934", "11 October 2019", "aged 84").Diagnostics)).Replace("gives", "give"));
    }

    [Fact]
    public void A_deprecated_age_is_not_checked()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "Born [30 May 1934]{.date p=born}, died [11 October 2019]{.date p=died} [aged 85]{.age p=age-at-death}."),
            CorpusTexts.Doc("b", "He died [aged 84]{.age p=age-at-death rank=deprecated why=\"the article is a year off\"}."));

        CorpusAssert.None(outcome.Diagnostics);
    }

    [Fact]
    public void Without_both_dates_nothing_is_checked()
    {
        CorpusAssert.None(CorpusTexts.RunBody("Born [30 May 1934]{.date p=born}, died [aged 12]{.age p=age-at-death}.").Diagnostics);
    }

    [Fact]
    public void An_age_without_to_is_counted_to_the_date_qualifier()
    {
        var schema = CorpusTexts.Schema + "\n{.property #age-then of=person type=age card=many from=born}";
        var outcome = CorpusPipeline.Run(
            schema,
            CorpusTexts.Cast,
            CorpusTexts.Doc("doc", "Born [30 May 1934]{.date p=born}. [Aged 30]{.age #a30 p=age-then} in [1965]{.date on=a30 p=date}, [aged 33]{.age #a33 p=age-then} in [18 March 1965]{.date on=a33 p=date}, [aged 40]{.age p=age-then}."));

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0306");
        Assert.StartsWith("'aged 33' says 33 years", CorpusAssert.Message(diagnostic));
    }
}
