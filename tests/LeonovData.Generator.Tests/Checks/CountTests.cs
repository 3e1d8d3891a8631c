namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>LEO0304: a count word against the number of distinct values of the property it counts, across the corpus.</summary>
public sealed class CountTests
{
    private static CorpusOutcome Conferments(string count, params string[] dates) => CorpusTexts.Run(
        CorpusTexts.Doc("a", $"[{count}]{{.count of=hero p=conferments}} Hero of the Soviet Union"),
        CorpusTexts.Doc("b", string.Join(" and ", dates.Select(static d => $"[{d}]{{.date of=hero p=conferred}}"))));

    [Theory]
    [InlineData("twice", "23 March 1965", "22 July 1975")]
    [InlineData("two-time", "23 March 1965", "22 July 1975")]
    [InlineData("Twice", "1965", "23 March 1965", "22 July 1975")]
    [InlineData("twice", "March 1965", "23 March 1965", "1975", "July 1975", "22 July 1975")]
    [InlineData("once", "1965")]
    [InlineData("three", "1965", "1975", "1985")]
    public void A_count_that_matches_the_distinct_values_is_fine(string count, params string[] dates)
    {
        CorpusAssert.None(Conferments(count, dates).Diagnostics);
    }

    [Theory]
    [InlineData("twice", 1, "23 March 1965")]
    [InlineData("twice", 1, "1965", "23 March 1965")]
    [InlineData("twice", 3, "23 March 1965", "22 July 1975", "1985")]
    [InlineData("twice", 0)]
    public void A_count_that_does_not_match_is_reported_at_the_count(string count, int actual, params string[] dates)
    {
        var outcome = Conferments(count, dates);

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0304", 2, 1);
        Assert.Equal("/corpus/a.leo", diagnostic.Location!.FilePath);
        Assert.StartsWith($"'{count}' says 2, but hero has {actual} 'conferred' statement(s)", CorpusAssert.Message(diagnostic));
    }

    [Fact]
    public void The_dates_counted_may_come_from_several_documents_and_the_count_from_any()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[23 March 1965]{.date of=hero p=conferred}"),
            CorpusTexts.Doc("b", "a [two-time]{.count of=hero p=conferments} hero"),
            CorpusTexts.Doc("c", "[1975]{.date of=hero p=conferred}"));

        CorpusAssert.None(outcome.Diagnostics);
    }

    [Fact]
    public void Deprecated_values_are_not_counted()
    {
        var outcome = Conferments("twice", "23 March 1965", "22 July 1975");
        var withDeprecated = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[twice]{.count of=hero p=conferments}"),
            CorpusTexts.Doc("b", "[23 March 1965]{.date of=hero p=conferred} [22 July 1975]{.date of=hero p=conferred} [1985]{.date of=hero p=conferred rank=deprecated why=\"a typo for 1975\"}"));

        CorpusAssert.None(outcome.Diagnostics);
        CorpusAssert.None(withDeprecated.Diagnostics);
    }

    [Fact]
    public void A_deprecated_count_word_is_not_checked()
    {
        // The annotator already said this source miscounts; reporting it again could only be silenced for the whole build.
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[three-time]{.count of=hero p=conferments rank=deprecated why=\"the article miscounts\"} [twice]{.count of=hero p=conferments}"),
            CorpusTexts.Doc("b", "[23 March 1965]{.date of=hero p=conferred} [22 July 1975]{.date of=hero p=conferred}"));

        CorpusAssert.None(outcome.Diagnostics);
    }

    [Theory]
    [InlineData("cmp=ge", 3, false)]
    [InlineData("cmp=ge", 1, true)]
    [InlineData("cmp=le", 1, false)]
    [InlineData("cmp=le", 3, true)]
    [InlineData("cmp=gt", 3, false)]
    [InlineData("cmp=gt", 2, true)]
    [InlineData("cmp=lt", 1, false)]
    [InlineData("cmp=lt", 2, true)]
    public void A_hedged_count_is_a_bound(string cmp, int values, bool reported)
    {
        var dates = new[] { "1965", "1975", "1985" }.Take(values).Select(static d => $"[{d}]{{.date of=hero p=conferred}}");
        var outcome = CorpusTexts.Run(CorpusTexts.Doc("a", $"[two]{{.count of=hero p=conferments {cmp}}} " + string.Join(" ", dates)));

        Assert.Equal(reported, outcome.Ids.Contains("LEO0304"));
    }

    [Fact]
    public void A_count_without_counts_in_the_schema_is_not_checked()
    {
        CorpusAssert.None(CorpusTexts.RunBody("[two]{.count of=voskhod-2 p=crew-size} [Leonov]{.person e=leonov of=voskhod-2 p=crew}").Diagnostics);
    }
}
