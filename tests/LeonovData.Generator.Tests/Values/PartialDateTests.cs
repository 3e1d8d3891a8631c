namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1965", "1965-03-18", true)]
    [InlineData("1965-03", "1965-03-18", true)]
    [InlineData("1965-03", "1965-04-01", false)]
    [InlineData("1965-03-18", "1965-03-18", true)]
    [InlineData("1965-03-18", "1965-03-19", false)]
    [InlineData("1965", "1966", false)]
    [InlineData("1965", "1965-12", true)]
    public void IsCompatibleWith_compares_at_the_coarser_precision(string a, string b, bool compatible)
    {
        var left = Date(a);
        var right = Date(b);
        Assert.Equal(compatible, left.IsCompatibleWith(right));
        Assert.Equal(compatible, right.IsCompatibleWith(left));
    }

    [Theory]
    [InlineData("1965", "1966-01-01", true)]
    [InlineData("1965", "1965-12", false)]
    [InlineData("1965-12", "1965", false)]
    [InlineData("1965-03-18", "1965-03-19", true)]
    [InlineData("1965-03-18", "1965-03-18", false)]
    [InlineData("1965-02", "1965-03-01", true)]
    [InlineData("1964-02", "1964-02-29", false)]
    [InlineData("1975-07", "1975", false)]
    [InlineData("1934-05-30", "2019-10-11", true)]
    public void IsCertainlyBefore_needs_every_possible_day_to_be_earlier(string a, string b, bool before)
    {
        Assert.Equal(before, Date(a).IsCertainlyBefore(Date(b)));
        Assert.Equal(before, Date(b).IsCertainlyAfter(Date(a)));
    }

    [Fact]
    public void Knows_the_weekday_only_at_day_precision()
    {
        Assert.Equal(DayOfWeek.Thursday, Date("1965-03-18").Weekday);
        Assert.Equal(DayOfWeek.Friday, Date("2019-10-11").Weekday);
        Assert.Null(Date("1965-03").Weekday);
        Assert.Null(Date("1965").Weekday);
    }

    [Fact]
    public void Formats_and_reports_precision()
    {
        Assert.Equal("1965-03-08", new PartialDate(1965, 3, 8).Normalized);
        Assert.Equal("1975-07", new PartialDate(1975, 7, null).Normalized);
        Assert.Equal("1965", new PartialDate(1965, null, null).Normalized);
        Assert.Equal(DatePrecision.Day, new PartialDate(1965, 3, 8).DatePrecision);
        Assert.Equal(DatePrecision.Month, new PartialDate(1975, 7, null).DatePrecision);
        Assert.Equal(DatePrecision.Year, new PartialDate(1965, null, null).DatePrecision);
        Assert.Equal("month", new PartialDate(1975, 7, null).Precision);
    }

    [Fact]
    public void Hand_built_invalid_dates_never_throw()
    {
        var odd = new PartialDate(-5, 13, 40);
        var dayWithoutMonth = new PartialDate(99999, null, 3);
        Assert.Null(odd.Weekday);
        Assert.Null(dayWithoutMonth.Weekday);
        Assert.Equal(DatePrecision.Year, dayWithoutMonth.DatePrecision);
        Assert.NotEmpty(odd.Normalized);
        Assert.True(odd.IsCertainlyBefore(dayWithoutMonth));
        Assert.False(odd.IsCompatibleWith(dayWithoutMonth));
    }

    [Fact]
    public void Values_are_equatable_for_the_incremental_pipeline()
    {
        // Two independent parses must be equal and hash alike, or every edit would re-run later stages.
        var pairs = new (ValueKind Kind, string Text)[]
        {
            (ValueKind.Date, "18 March 1965"),
            (ValueKind.Interval, "since 18 December 2002"),
            (ValueKind.Duration, "12 minutes and nine seconds"),
            (ValueKind.Length, "almost 500 kilometres"),
            (ValueKind.Count, "twice"),
            (ValueKind.Ordinal, "III degree"),
            (ValueKind.Age, "aged 85"),
            (ValueKind.Name, "Alexei Leonov"),
        };
        foreach (var (kind, text) in pairs)
        {
            var first = ValueParser.ReadText(kind, text);
            var second = ValueParser.ReadText(kind, new string(text.ToCharArray()));
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
        }

        Assert.NotEqual(Read.Text(ValueKind.Length, "4.8 m"), Read.Text(ValueKind.Length, "4.80 m"));
        Assert.NotEqual(Read.Text(ValueKind.Duration, "12 minutes"), Read.Text(ValueKind.Duration, "about 12 minutes"));
    }

    private static PartialDate Date(string iso) => Assert.IsType<PartialDate>(Read.Normalized(ValueKind.Date, iso));
}
