namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

/// <summary>v= must say what the covered text says, possibly more precisely, never less.</summary>
public sealed class AgreesTests
{
    [Theory]
    [InlineData(ValueKind.Date, "1965", "1965-03-18", true)]
    [InlineData(ValueKind.Date, "1965", "1965", true)]
    [InlineData(ValueKind.Date, "18 March 1965", "1965-03-18", true)]
    [InlineData(ValueKind.Date, "18 March 1965", "1965-03-19", false)]
    [InlineData(ValueKind.Date, "18 March 1965", "1965", false)]
    [InlineData(ValueKind.Date, "18 March 1965", "1965-03", false)]
    [InlineData(ValueKind.Date, "March 1965", "1965-03-18", true)]
    [InlineData(ValueKind.Date, "March 1965", "1965-04-18", false)]
    [InlineData(ValueKind.Date, "July 1975", "1975-07", true)]
    [InlineData(ValueKind.Date, "1965", "1966", false)]
    [InlineData(ValueKind.Interval, "1976\u20131982", "1976/1982", true)]
    [InlineData(ValueKind.Interval, "from 1976 to 1982", "1976-03/1982-12-31", true)]
    [InlineData(ValueKind.Interval, "from 1976 to 1982", "1976/1983", false)]
    [InlineData(ValueKind.Interval, "since 2015", "2015/..", true)]
    [InlineData(ValueKind.Interval, "since 2015", "2015/2019", false)]
    [InlineData(ValueKind.Interval, "since March 1992", "1992/..", false)]
    [InlineData(ValueKind.Interval, "until 1982", "../1982", true)]
    [InlineData(ValueKind.Duration, "12 minutes", "PT12M9S", true)]
    [InlineData(ValueKind.Duration, "12-minute", "PT12M", true)]
    [InlineData(ValueKind.Duration, "12 minutes", "PT13M", false)]
    [InlineData(ValueKind.Duration, "12 minutes and 9 seconds", "PT12M9S", true)]
    [InlineData(ValueKind.Duration, "12 minutes and 9 seconds", "PT12M", false)]
    [InlineData(ValueKind.Duration, "12 minutes and 9 seconds", "PT12M10S", false)]
    [InlineData(ValueKind.Duration, "about 40 minutes", "PT40M", true)]
    [InlineData(ValueKind.Duration, "two-year", "P2Y", true)]
    [InlineData(ValueKind.Duration, "eighteen months", "P18M", true)]
    [InlineData(ValueKind.Duration, "eighteen months", "P1Y6M", true)]
    [InlineData(ValueKind.Duration, "two days", "P2D", true)]
    [InlineData(ValueKind.Duration, "two days", "PT48H", true)]
    [InlineData(ValueKind.Duration, "2 years", "P18M", false)]
    [InlineData(ValueKind.Duration, "less than three months", "P3M", true)]
    [InlineData(ValueKind.Length, "4.8 m", "4.8 m", true)]
    [InlineData(ValueKind.Length, "4.8-metre", "4.8 m", true)]
    [InlineData(ValueKind.Length, "almost 500 kilometres", "500 km", true)]
    [InlineData(ValueKind.Length, "4.8 m", "4.80 m", true)]
    [InlineData(ValueKind.Length, "5 m", "4.8 m", true)]
    [InlineData(ValueKind.Length, "4.8 m", "5 m", false)]
    [InlineData(ValueKind.Length, "4.8 m", "4.9 m", false)]
    [InlineData(ValueKind.Length, "16 ft", "4.8 m", false)]
    [InlineData(ValueKind.Count, "twice", "2", true)]
    [InlineData(ValueKind.Count, "twice", "3", false)]
    [InlineData(ValueKind.Ordinal, "eleventh", "11", true)]
    [InlineData(ValueKind.Ordinal, "III degree", "3", true)]
    [InlineData(ValueKind.Age, "aged 85", "85", true)]
    [InlineData(ValueKind.Age, "aged 85", "84", false)]
    [InlineData(ValueKind.Name, "Alexei \u00A0Leonov", "Alexei Leonov", true)]
    [InlineData(ValueKind.Name, "Alexei Leonov", "Alexey Leonov", false)]
    public void Agrees_when_v_says_the_same_or_more_precisely(object kind, string text, string v, bool agrees)
    {
        var valueKind = (ValueKind)kind;
        Assert.Equal(agrees, ValueParser.Agrees(Read.Text(valueKind, text), Read.Normalized(valueKind, v)));
    }

    [Fact]
    public void Values_of_different_kinds_never_agree()
    {
        var count = Read.Normalized(ValueKind.Count, "2");
        var ordinal = Read.Normalized(ValueKind.Ordinal, "2");
        var date = Read.Normalized(ValueKind.Date, "1965");
        var duration = Read.Normalized(ValueKind.Duration, "P2Y");
        Assert.False(ValueParser.Agrees(count, ordinal));
        Assert.False(ValueParser.Agrees(date, duration));
        Assert.False(ValueParser.Agrees(duration, date));
        Assert.True(ValueParser.Agrees(count, count));
    }
}
