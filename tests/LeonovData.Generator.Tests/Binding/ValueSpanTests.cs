namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using LeonovData.Generator.Values;
using Xunit;

/// <summary>
/// Values of typed spans: read from the covered text, from v=, or both (then they agree, LEO0204);
/// weekdays and relative dates that need v=; hedges and cmp=.
/// </summary>
public sealed class ValueSpanTests
{
    [Theory]
    [InlineData(".date of=voskhod-2 p=date", "18 March 1965", "1965-03-18", "day")]
    [InlineData(".date of=voskhod-2 p=date", "March 18, 1965", "1965-03-18", "day")]
    [InlineData(".date of=voskhod-2 p=date", "1965", "1965", "year")]
    [InlineData(".duration of=voskhod-2 p=duration", "12 minutes and 9 seconds", "PT12M9S", "second")]
    [InlineData(".duration of=voskhod-2 p=duration", "12-minute", "PT12M", "minute")]
    [InlineData(".length of=voskhod-2 p=altitude", "4.8-metre", "4.8 m", "0.1")]
    [InlineData(".count of=voskhod-2 p=crew-size", "two", "2", null)]
    [InlineData(".ordinal p=cosmonaut-number", "eleventh", "11", null)]
    [InlineData(".age p=age-at-death", "aged 85", "85", null)]
    [InlineData(".name p=occupation", "test  pilot", "test pilot", null)]
    [InlineData(".interval on=x p=period", "from 1976 to 1982", "1976/1982", "year")]
    public void Each_value_kind_is_read_from_the_covered_text(string attributes, string text, string normalized, string? precision)
    {
        var outcome = CorpusTexts.RunBody("[" + text + "]{" + attributes + "} [commander]{.name #x p=position}");

        CorpusAssert.None(outcome.Diagnostics);
        var value = attributes.Contains("on=", StringComparison.Ordinal)
            ? Assert.Single(outcome.Statement("leonov", "position").Qualifiers).Value
            : outcome.Corpus.Statements.First(static s => s.Property != "position").Value;
        Assert.Equal((normalized, precision), (value.Normalized, value.Precision));
    }

    [Theory]
    [InlineData("1965", "1965-03-18", "1965-03-18")]
    [InlineData("March 1965", "1965-03-18", "1965-03-18")]
    [InlineData("18 March 1965", "1965-03-18", "1965-03-18")]
    public void V_that_agrees_gives_the_more_precise_value(string text, string v, string expected)
    {
        var outcome = CorpusTexts.RunBody($"[{text}]{{.date of=voskhod-2 p=date v={v}}}");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(expected, outcome.Statement("voskhod-2", "date").Value.Normalized);
    }

    [Fact]
    public void V_agrees_with_a_less_precise_duration_text()
    {
        var outcome = CorpusTexts.RunBody("[12 minutes]{.duration of=voskhod-2 p=duration v=PT12M9S}");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(("PT12M9S", "second"), (outcome.Statement("voskhod-2", "duration").Value.Normalized, outcome.Statement("voskhod-2", "duration").Value.Precision));
    }

    [Theory]
    [InlineData("1965", "1966-03-18", "v=1966-03-18 disagrees with the covered text '1965' (the text says 1965); correct one of them")]
    [InlineData("18 March 1965", "1965-03-19", "v=1965-03-19 disagrees with the covered text '18 March 1965' (the text says 1965-03-18)")]
    [InlineData("March 1965", "1965", "v=1965 disagrees")]
    public void V_that_disagrees_is_an_error_at_v(string text, string v, string message)
    {
        var outcome = CorpusTexts.RunBody($"On [{text}]{{.date of=voskhod-2 p=date v={v}}}");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0204", 2, text.Length + 33);
        Assert.StartsWith(message, CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void V_that_is_no_normalised_value_is_an_error_at_its_value()
    {
        var outcome = CorpusTexts.RunBody("[1965]{.date of=voskhod-2 p=date v=1965-13}");

        CorpusAssert.Single(outcome.Diagnostics, "LEO0208", 2, 36);
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void A_text_that_is_no_value_of_its_kind_is_an_error_at_the_span()
    {
        var outcome = CorpusTexts.RunBody("On [32 March 1965]{.date of=voskhod-2 p=date}");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0203", 2, 4);
        Assert.StartsWith("'32 March 1965' is not a date: ", CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void A_weekday_with_a_fitting_v_is_that_date()
    {
        var outcome = CorpusTexts.RunBody("He died on [Friday]{.date p=died v=2019-10-11}.");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(("2019-10-11", "day"), (outcome.Statement("leonov", "died").Value.Normalized, outcome.Statement("leonov", "died").Value.Precision));
    }

    [Fact]
    public void A_weekday_that_does_not_fit_v_is_reported_at_v()
    {
        var outcome = CorpusTexts.RunBody("He died on [Friday]{.date p=died v=2019-10-12}.");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0307", 2, 34);
        Assert.Equal("the text says 'Friday', but 2019-10-12 was a Saturday; correct v= or the text", CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Theory]
    [InlineData("[Friday]{.date p=died}", "'Friday' names only a weekday; give the value with v=, e.g. v=2019-10-11")]
    [InlineData("[Friday]{.date p=died v=2019-10}", "'Friday' names only a weekday")]
    [InlineData("[the next day]{.date p=died}", "'the next day' is relative to other text; give the value with v=, e.g. v=1959-12-14")]
    public void Weekdays_and_relative_dates_need_v(string body, string message)
    {
        var outcome = CorpusTexts.RunBody(body);

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0215", 2, 1);
        Assert.StartsWith(message, CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void A_relative_date_takes_its_value_and_precision_from_v()
    {
        var outcome = CorpusTexts.RunBody("[the next day]{.date p=died v=2019-10-12} [later that year]{.date p=retired v=1991}");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(("2019-10-12", "day"), (outcome.Statement("leonov", "died").Value.Normalized, outcome.Statement("leonov", "died").Value.Precision));
    }

    [Theory]
    [InlineData("October 15", "2019-10-15")]
    [InlineData("15 October", "2019-10-15")]
    public void A_date_without_year_takes_the_year_from_v(string text, string v)
    {
        var outcome = CorpusTexts.RunBody($"Buried on [{text}]{{.date p=funeral v={v}}}");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(v, outcome.Statement("leonov", "funeral").Value.Normalized);
    }

    [Fact]
    public void A_date_without_year_that_disagrees_with_v_says_so()
    {
        var outcome = CorpusTexts.RunBody("Buried on [October 15]{.date p=funeral v=2019-10-16}");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0204", 2, 40);
        Assert.StartsWith("v=2019-10-16 disagrees with the covered text 'October 15'", CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Theory]
    [InlineData("almost 500 kilometres", "", "LessThan")]
    [InlineData("almost 500 kilometres", "cmp=lt", "LessThan")]
    [InlineData("500 kilometres", "cmp=ca", "Approximately")]
    [InlineData("500 kilometres", "cmp=ge", "AtLeast")]
    [InlineData("about 500 kilometres", "cmp=ca", "Approximately")]
    [InlineData("500 kilometres", "", "Exact")]
    public void Cmp_agrees_with_the_hedge_or_supplies_one(string text, string cmp, string expected)
    {
        var outcome = CorpusTexts.RunBody($"[{text}]{{.length of=voskhod-2 p=altitude {cmp}}}");

        CorpusAssert.None(outcome.Diagnostics);
        var altitude = Assert.IsType<Quantity>(outcome.Statement("voskhod-2", "altitude").Value.Literal);
        Assert.Equal(("500 km", Enum.Parse<Comparator>(expected)), (altitude.Normalized, altitude.Comparator));
    }

    [Fact]
    public void Cmp_applies_to_durations_and_counts_too()
    {
        var outcome = CorpusTexts.RunBody("[40 minutes]{.duration of=voskhod-2 p=duration cmp=ca} [three]{.count of=voskhod-2 p=crew-size cmp=le}");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(Comparator.Approximately, Assert.IsType<DurationValue>(outcome.Statement("voskhod-2", "duration").Value.Literal).Comparator);
        Assert.Equal(Comparator.AtMost, Assert.IsType<IntegerValue>(outcome.Statement("voskhod-2", "crew-size").Value.Literal).Comparator);
    }

    [Theory]
    [InlineData("[almost 500 kilometres]{.length of=voskhod-2 p=altitude cmp=gt}", "LEO0204@2:57", "cmp=gt disagrees with the covered text 'almost 500 kilometres' (the text's hedge means cmp=lt)")]
    [InlineData("[500 kilometres]{.length of=voskhod-2 p=altitude cmp=about}", "LEO0209@2:54", "cmp=about is not a comparator; write lt, le, gt, ge or ca")]
    [InlineData("[1965]{.date of=voskhod-2 p=date cmp=ca}", "LEO0209@2:34", "cmp= applies to amounts (durations, measures, counts, ages), not to a date")]
    public void A_cmp_that_disagrees_or_does_not_apply_is_an_error(string body, string expected, string message)
    {
        var outcome = CorpusTexts.RunBody(body);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.StartsWith(message, CorpusAssert.Message(outcome.Diagnostics[0]));
        Assert.Empty(outcome.Corpus.Statements);
    }
}
