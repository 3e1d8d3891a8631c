namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

public sealed class DurationTests
{
    [Theory]
    [InlineData("12 minutes and 9 seconds", "PT12M9S", "second", Comparator.Exact)]
    [InlineData("12 minutes and nine seconds", "PT12M9S", "second", Comparator.Exact)]
    [InlineData("12 minutes, 9 seconds", "PT12M9S", "second", Comparator.Exact)]
    [InlineData("12 minutes 9 seconds", "PT12M9S", "second", Comparator.Exact)]
    [InlineData("12-minute", "PT12M", "minute", Comparator.Exact)]
    [InlineData("12 minutes", "PT12M", "minute", Comparator.Exact)]
    [InlineData("12 Minutes", "PT12M", "minute", Comparator.Exact)]
    [InlineData("12 min", "PT12M", "minute", Comparator.Exact)]
    [InlineData("12 min. 9 sec.", "PT12M9S", "second", Comparator.Exact)]
    [InlineData("2 hrs", "PT2H", "hour", Comparator.Exact)]
    [InlineData("Twelve Minutes And Nine Seconds", "PT12M9S", "second", Comparator.Exact)]
    [InlineData("a hundred and nine seconds", "PT109S", "second", Comparator.Exact)]
    [InlineData("2 hours and a minute", "PT2H1M", "minute", Comparator.Exact)]
    [InlineData("two days", "P2D", "day", Comparator.Exact)]
    [InlineData("eighteen months", "P18M", "month", Comparator.Exact)]
    [InlineData("about 40 minutes", "PT40M", "minute", Comparator.Approximately)]
    [InlineData("two-year", "P2Y", "year", Comparator.Exact)]
    [InlineData("less than three months", "P3M", "month", Comparator.LessThan)]
    [InlineData("almost 2 hours", "PT2H", "hour", Comparator.LessThan)]
    [InlineData("nearly 2 hours", "PT2H", "hour", Comparator.LessThan)]
    [InlineData("just under 2 hours", "PT2H", "hour", Comparator.LessThan)]
    [InlineData("more than 3 days", "P3D", "day", Comparator.GreaterThan)]
    [InlineData("over 3 days", "P3D", "day", Comparator.GreaterThan)]
    [InlineData("at least 3 days", "P3D", "day", Comparator.AtLeast)]
    [InlineData("no less than 3 days", "P3D", "day", Comparator.AtLeast)]
    [InlineData("at most 3 days", "P3D", "day", Comparator.AtMost)]
    [InlineData("up to 3 days", "P3D", "day", Comparator.AtMost)]
    [InlineData("no more than 3 days", "P3D", "day", Comparator.AtMost)]
    [InlineData("around 40 minutes", "PT40M", "minute", Comparator.Approximately)]
    [InlineData("approximately 40 minutes", "PT40M", "minute", Comparator.Approximately)]
    [InlineData("roughly 40 minutes", "PT40M", "minute", Comparator.Approximately)]
    [InlineData("some 40 minutes", "PT40M", "minute", Comparator.Approximately)]
    [InlineData("ca. 40 minutes", "PT40M", "minute", Comparator.Approximately)]
    [InlineData("a minute", "PT1M", "minute", Comparator.Exact)]
    [InlineData("an hour", "PT1H", "hour", Comparator.Exact)]
    [InlineData("a second", "PT1S", "second", Comparator.Exact)]
    [InlineData("1 week", "P7D", "day", Comparator.Exact)]
    [InlineData("2 weeks", "P14D", "day", Comparator.Exact)]
    [InlineData("2 weeks and 3 days", "P17D", "day", Comparator.Exact)]
    [InlineData("1 year and 6 months", "P1Y6M", "month", Comparator.Exact)]
    [InlineData("1 hour, 30 minutes and 5 seconds", "PT1H30M5S", "second", Comparator.Exact)]
    [InlineData("2 days and 3 hours", "P2DT3H", "hour", Comparator.Exact)]
    [InlineData("90 minutes", "PT90M", "minute", Comparator.Exact)]
    [InlineData("twenty-one days", "P21D", "day", Comparator.Exact)]
    [InlineData("twenty one days", "P21D", "day", Comparator.Exact)]
    [InlineData("a hundred days", "P100D", "day", Comparator.Exact)]
    [InlineData("one hundred and five days", "P105D", "day", Comparator.Exact)]
    [InlineData("1,000 years", "P1000Y", "year", Comparator.Exact)]
    [InlineData("0 seconds", "PT0S", "second", Comparator.Exact)]
    [InlineData("12\u00A0minutes", "PT12M", "minute", Comparator.Exact)]
    public void Reads_surface_forms(string text, string normalized, string precision, object comparator)
    {
        var value = Assert.IsType<DurationValue>(Read.Text(ValueKind.Duration, text));
        Assert.Equal(normalized, value.Normalized);
        Assert.Equal(precision, value.Precision);
        Assert.Equal((Comparator)comparator, value.Comparator);
    }

    [Fact]
    public void Keeps_each_stated_component()
    {
        var value = Read.Text(ValueKind.Duration, "12 minutes and 9 seconds");
        Assert.Equal(new DurationValue(0, 0, 0, 0, 12, 9, DurationUnit.Second, Comparator.Exact), value);
    }

    [Theory]
    [InlineData("99999999999999999999 minutes", "'99999999999999999999' is too large")]
    [InlineData("3000000000 seconds", "too long")]
    [InlineData("12", "there is no unit after '12'")]
    [InlineData("12 minuets", "'minuets' is not a unit of time; did you mean 'minutes'?")]
    [InlineData("12 parsecs", "'parsecs' is not a unit of time", "minutes")]
    [InlineData("12-minutes", "after a hyphen the unit is singular; write '12-minute'")]
    [InlineData("two-years", "write 'two-year'")]
    [InlineData("9 seconds and 12 minutes", "out of order", "largest to the smallest")]
    [InlineData("12 minutes and 3 minutes", "minutes are given twice")]
    [InlineData("1.5 months", "'1.5 months' is no whole number of smaller units", "v=")]
    [InlineData("2.5 seconds", "'2.5 seconds' is no whole number of smaller units")]
    [InlineData("12 minutes and", "the text ends after 'and'")]
    [InlineData("about", "there is no amount after the hedge")]
    [InlineData("an hours", "mixes one and many")]
    [InlineData("12 minutes long", "unexpected 'long' after 'minutes'")]
    [InlineData("-12 minutes", "expected a number, found '-'")]
    [InlineData("12 minutes and and 9 seconds", "expected a number, found 'and'")]
    [InlineData("12 minutes,", "the text ends after ','")]
    [InlineData("12 minutes. 9 seconds", "unexpected '.'")]
    [InlineData("about about 12 minutes", "expected a number, found 'about'")]
    [InlineData("one hour and a quarter minute", "unexpected 'minute'")]
    [InlineData("nien minutes", "'nien' is not a number; did you mean 'nine'?")]
    [InlineData("half hour", "expected a number")]
    [InlineData("PT12M", "expected a number")]
    [InlineData("", "empty")]
    public void Rejects_near_misses_with_a_helpful_message(string text, params string[] fragments)
    {
        Read.Contains(Read.Error(ValueKind.Duration, text), fragments);
    }

    [Theory]
    [InlineData("PT12M9S", "PT12M9S", "second")]
    [InlineData("PT12M", "PT12M", "minute")]
    [InlineData("P2D", "P2D", "day")]
    [InlineData("P18M", "P18M", "month")]
    [InlineData("P2Y", "P2Y", "year")]
    [InlineData("PT40M", "PT40M", "minute")]
    [InlineData("P1Y6M", "P1Y6M", "month")]
    [InlineData("P1DT12H", "P1DT12H", "hour")]
    [InlineData("P2W", "P14D", "day")]
    [InlineData("PT12M0S", "PT12M0S", "second")]
    [InlineData("PT0S", "PT0S", "second")]
    public void Reads_the_ISO_8601_v_form(string v, string normalized, string precision)
    {
        var value = Assert.IsType<DurationValue>(Read.Normalized(ValueKind.Duration, v));
        Assert.Equal(normalized, value.Normalized);
        Assert.Equal(precision, value.Precision);
        Assert.Equal(Comparator.Exact, value.Comparator);
    }

    [Theory]
    [InlineData("12M", "not an ISO 8601 duration")]
    [InlineData("pt12m", "upper-case")]
    [InlineData("P", "not an ISO 8601 duration")]
    [InlineData("PT", "not an ISO 8601 duration")]
    [InlineData("P1YT", "not an ISO 8601 duration")]
    [InlineData("P1.5Y", "fractions are not supported")]
    [InlineData("PT1,5H", "fractions are not supported")]
    [InlineData("PT9S12M", "out of order")]
    [InlineData("P1M2Y", "out of order")]
    [InlineData("PT12M9M", "out of order")]
    [InlineData("P1H", "not an ISO 8601 duration")]
    [InlineData("P1Y2", "not an ISO 8601 duration")]
    [InlineData("P-1Y", "not an ISO 8601 duration")]
    [InlineData("P99999999999Y", "too long")]
    [InlineData("P400000000W", "too long")]
    [InlineData("P3W1D", "weeks alone", "P22D")]
    [InlineData("P1Y2W", "weeks alone")]
    [InlineData("P2WT1H", "weeks alone")]
    [InlineData(" PT12M", "not an ISO 8601 duration")]
    [InlineData("", "not an ISO 8601 duration")]
    public void Rejects_malformed_ISO_8601(string v, params string[] fragments)
    {
        Read.Contains(Read.NormalizedError(ValueKind.Duration, v), fragments);
    }

    [Theory]
    [InlineData("PT12M", "PT12M9S", true)]
    [InlineData("PT12M9S", "PT12M", true)]
    [InlineData("PT12M", "PT13M", false)]
    [InlineData("PT12M", "PT12M59S", true)]
    [InlineData("PT12M9S", "PT12M10S", false)]
    [InlineData("PT90M", "PT1H30M", true)]
    [InlineData("PT1H", "PT90M", true)]
    [InlineData("PT2H", "PT90M", false)]
    [InlineData("P2D", "PT48H", true)]
    [InlineData("P18M", "P1Y6M", true)]
    [InlineData("P1Y", "P1Y6M", true)]
    [InlineData("P2Y", "P18M", false)]
    [InlineData("P1M", "P30D", false)]
    [InlineData("P1M", "P1M3D", true)]
    public void IsCompatibleWith_compares_at_the_coarser_precision(string a, string b, bool compatible)
    {
        var left = (DurationValue)Read.Normalized(ValueKind.Duration, a);
        var right = (DurationValue)Read.Normalized(ValueKind.Duration, b);
        Assert.Equal(compatible, left.IsCompatibleWith(right));
        Assert.Equal(compatible, right.IsCompatibleWith(left));
    }
}
