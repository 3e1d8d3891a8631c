namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

public sealed class IntervalTests
{
    [Theory]
    [InlineData("2002\u20132019", "2002/2019", "year")]
    [InlineData("2002-2019", "2002/2019", "year")]
    [InlineData("1992\u20131993", "1992/1993", "year")]
    [InlineData("1941\u20131945", "1941/1945", "year")]
    [InlineData("2002 \u2014 2019", "2002/2019", "year")]
    [InlineData("from 1976 to 1982", "1976/1982", "year")]
    [InlineData("From 1976 to 1982", "1976/1982", "year")]
    [InlineData("from 1986 to 2007", "1986/2007", "year")]
    [InlineData("from 1976 until 1982", "1976/1982", "year")]
    [InlineData("1976 to 1982", "1976/1982", "year")]
    [InlineData("between 1976 and 1982", "1976/1982", "year")]
    [InlineData("from 1990", "1990/..", "year")]
    [InlineData("since 18 December 2002", "2002-12-18/..", "day")]
    [InlineData("since March 1992", "1992-03/..", "month")]
    [InlineData("since 2015", "2015/..", "year")]
    [InlineData("Since 2015", "2015/..", "year")]
    [InlineData("until 1982", "../1982", "year")]
    [InlineData("30 May 1934 \u2013 11 October 2019", "1934-05-30/2019-10-11", "day")]
    [InlineData("March 1965\u20131965", "1965-03/1965", "month")]
    [InlineData("1965\u20131965", "1965/1965", "year")]
    [InlineData("1965-03-18\u20131965-03-20", "1965-03-18/1965-03-20", "day")]
    [InlineData("18\u201320 March 1965", "1965-03-18/1965-03-20", "day")]
    [InlineData("March 18\u201320, 1965", "1965-03-18/1965-03-20", "day")]
    [InlineData("March\u2013May 1965", "1965-03/1965-05", "month")]
    [InlineData("18 March \u2013 20 April 1965", "1965-03-18/1965-04-20", "day")]
    [InlineData("from 18 March to 20 April 1965", "1965-03-18/1965-04-20", "day")]
    public void Reads_surface_forms(string text, string normalized, string precision)
    {
        var value = Assert.IsType<DateInterval>(Read.Text(ValueKind.Interval, text));
        Assert.Equal(normalized, value.Normalized);
        Assert.Equal(precision, value.Precision);
        Assert.Equal(ValueKind.Interval, value.Kind);
    }

    [Fact]
    public void Keeps_both_ends_as_partial_dates()
    {
        var value = Assert.IsType<DateInterval>(Read.Text(ValueKind.Interval, "since 18 December 2002"));
        Assert.Equal(new DateInterval(new PartialDate(2002, 12, 18), null), value);
    }

    [Theory]
    [InlineData("1982\u20131976", "it ends (1976) before it starts (1982)", "earlier date first")]
    [InlineData("from 18 March 1965 to 17 March 1965", "it ends (1965-03-17) before it starts (1965-03-18)")]
    [InlineData("1992\u201393", "write the end year in full ('1992–1993')")]
    [InlineData("1998\u201302", "('1998–2002')")]
    [InlineData("1965", "a single date is not a range", "'from 1965'", ".date")]
    [InlineData("1965-03-18", "a single date is not a range")]
    [InlineData("29\u201331 February 1965", "its end: '31' is not a day of February 1965")]
    [InlineData("20\u201318 March 1965", "it ends (1965-03-18) before it starts (1965-03-20)")]
    [InlineData("18\u201320 1965", "its end: '20' is not a year")]
    [InlineData("from 32 March 1965 to 1970", "its start: '32' is not a day of March (1–31)")]
    [InlineData("1965\u2013Marhc 1966", "its end: 'Marhc' is not a month name; did you mean 'March'?")]
    [InlineData("2002\u20132019\u20132020", "more than one dash")]
    [InlineData("2002-2019-2020", "more than one hyphen")]
    [InlineData("from", "no start")]
    [InlineData("since", "no start")]
    [InlineData("from 1976 to", "no end")]
    [InlineData("\u20131982", "no start")]
    [InlineData("between 1976", "needs 'and'")]
    [InlineData("since 2015 onwards", "unexpected 'onwards'")]
    [InlineData("during the war", "write a range like")]
    [InlineData("", "empty")]
    public void Rejects_near_misses_with_a_helpful_message(string text, params string[] fragments)
    {
        Read.Contains(Read.Error(ValueKind.Interval, text), fragments);
    }

    [Theory]
    [InlineData("1976/1982", "year")]
    [InlineData("2002-12-18/..", "day")]
    [InlineData("../1982", "year")]
    [InlineData("1975-07/1975-08", "month")]
    public void Reads_the_EDTF_v_form(string v, string precision)
    {
        var value = Read.Normalized(ValueKind.Interval, v);
        Assert.Equal(v, value.Normalized);
        Assert.Equal(precision, value.Precision);
    }

    [Theory]
    [InlineData("../..", "both ends are open")]
    [InlineData("1982/1976", "before it starts")]
    [InlineData("1976-1982", "not an EDTF interval")]
    [InlineData("1976/", "an end is empty")]
    [InlineData("/1982", "an end is empty")]
    [InlineData("1976/1982/1990", "not an EDTF interval")]
    [InlineData("1976/1982-13", "its end: '13' is not a month")]
    [InlineData("1976 / 1982", "its start")]
    [InlineData("", "not an EDTF interval")]
    public void Rejects_malformed_EDTF(string v, string fragment)
    {
        Read.Contains(Read.NormalizedError(ValueKind.Interval, v), fragment);
    }
}
