namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("18 March 1965", "1965-03-18", "day")]
    [InlineData("March 18, 1965", "1965-03-18", "day")]
    [InlineData("March 18 1965", "1965-03-18", "day")]
    [InlineData("30 May 1934", "1934-05-30", "day")]
    [InlineData("July 1975", "1975-07", "month")]
    [InlineData("July, 1975", "1975-07", "month")]
    [InlineData("1965", "1965", "year")]
    [InlineData("12th October, 2019", "2019-10-12", "day")]
    [InlineData("12th October 2019", "2019-10-12", "day")]
    [InlineData("May 1955", "1955-05", "month")]
    [InlineData("March 1992", "1992-03", "month")]
    [InlineData("23 March 1965", "1965-03-23", "day")]
    [InlineData("2 March 2000", "2000-03-02", "day")]
    [InlineData("11 October 2019", "2019-10-11", "day")]
    [InlineData("1st May 1955", "1955-05-01", "day")]
    [InlineData("2nd June 2000", "2000-06-02", "day")]
    [InlineData("3rd June 2000", "2000-06-03", "day")]
    [InlineData("22nd June 2000", "2000-06-22", "day")]
    [InlineData("October 15th, 2019", "2019-10-15", "day")]
    [InlineData("Oct. 15, 2019", "2019-10-15", "day")]
    [InlineData("15 Oct 2019", "2019-10-15", "day")]
    [InlineData("Sep 1965", "1965-09", "month")]
    [InlineData("march 18, 1965", "1965-03-18", "day")]
    [InlineData("18 MARCH 1965", "1965-03-18", "day")]
    [InlineData("18\u00A0March\u00A01965", "1965-03-18", "day")]
    [InlineData("18  March\n1965", "1965-03-18", "day")]
    [InlineData("29 February 2000", "2000-02-29", "day")]
    [InlineData("1965-03-18", "1965-03-18", "day")]
    [InlineData("Friday, 11 October 2019", "2019-10-11", "day")]
    [InlineData("Thursday 18 March 1965", "1965-03-18", "day")]
    [InlineData("1000", "1000", "year")]
    [InlineData("2999", "2999", "year")]
    public void Reads_surface_forms(string text, string normalized, string precision)
    {
        var value = Assert.IsType<PartialDate>(Read.Text(ValueKind.Date, text));
        Assert.Equal(normalized, value.Normalized);
        Assert.Equal(precision, value.Precision);
        Assert.Equal(ValueKind.Date, value.Kind);
    }

    [Theory]
    [InlineData("October 15", "there is no year", "'October 15, YYYY'", "v=YYYY-10-15")]
    [InlineData("18 March", "there is no year", "'18 March YYYY'", "v=YYYY-03-18")]
    [InlineData("12th October", "there is no year", "v=YYYY-10-12")]
    [InlineData("March", "there is no year", "v=YYYY-03")]
    [InlineData("32 March", "'32' is not a day of March (1–31)")]
    [InlineData("32 March 1965", "'32' is not a day of March (1–31)")]
    [InlineData("29 February 1965", "'29' is not a day of February 1965 (1–28; 1965 is not a leap year)")]
    [InlineData("30 February 2000", "'30' is not a day of February 2000 (1–29)")]
    [InlineData("29 February 1900", "1900 is not a leap year")]
    [InlineData("31 April 2000", "'31' is not a day of April (1–30)")]
    [InlineData("0 May 1934", "'0' is not a day of May (1–31)")]
    [InlineData("123 May 1934", "'123' is not a day of May")]
    [InlineData("Marhc 1965", "'Marhc' is not a month name; did you mean 'March'?")]
    [InlineData("18 Marhc 1965", "'Marhc' is not a month name; did you mean 'March'?")]
    [InlineData("18 Mrch 1965", "did you mean 'March'?")]
    [InlineData("Sept. 1965", "did you mean 'September'?")]
    [InlineData("Mai 1965", "did you mean 'May'?")]
    [InlineData("Ocotber 15, 2019", "did you mean 'October'?")]
    [InlineData("18 März 1965", "'März' is not a month name", "in full ('March')")]
    [InlineData("999", "'999' is not a year", "four digits")]
    [InlineData("65", "'65' is not a year")]
    [InlineData("19650", "'19650' is not a year")]
    [InlineData("0999", "outside the supported years 1000–2999")]
    [InlineData("3001", "'3001' is outside the supported years 1000–2999")]
    [InlineData("18 March 1,965", "'1,965' is not a year")]
    [InlineData("18 March 65", "'65' is not a year")]
    [InlineData("18st March 1965", "'18st' has the wrong ordinal suffix; write '18th'")]
    [InlineData("1th May 1955", "write '1st'")]
    [InlineData("11st May 1955", "write '11th'")]
    [InlineData("on 18 March 1965", "leave 'on' outside the brackets")]
    [InlineData("On 18 March 1965", "leave 'On' outside the brackets")]
    [InlineData("in July 1975", "leave 'in' outside the brackets")]
    [InlineData("on Friday", "cover only 'Friday'", "v=")]
    [InlineData("since 2015", "range (2015/..)", ".interval")]
    [InlineData("2002–2019", "range (2002/2019)", ".interval")]
    [InlineData("from 1976 to 1982", ".interval")]
    [InlineData("Friday, 18 March 1965", "18 March 1965 was a Thursday, not a Friday")]
    [InlineData("Friday, March 1965", "a weekday only fits a full date")]
    [InlineData("Firday", "'Firday' is not a weekday name; did you mean 'Friday'?")]
    [InlineData("1975-07", "ambiguous", "v=1975-07")]
    [InlineData("1992-93", "unexpected '-'")]
    [InlineData("1965-02-30", "'30' is not a day of February 1965")]
    [InlineData("March 1965.", "unexpected '.'")]
    [InlineData("18 March 1965 12:00", "unexpected '12'")]
    [InlineData("\u0663 March 1965", "unexpected")]
    [InlineData("18. March 1965", "expected a month name")]
    [InlineData("", "empty")]
    [InlineData(" \u00A0\n", "empty")]
    [InlineData("the 18th of March 1965", "write a date like")]
    [InlineData("Hello", "write a date like")]
    public void Rejects_near_misses_with_a_helpful_message(string text, params string[] fragments)
    {
        Read.Contains(Read.Error(ValueKind.Date, text), fragments);
    }

    [Theory]
    [InlineData("Friday", DayOfWeek.Friday)]
    [InlineData("Tuesday", DayOfWeek.Tuesday)]
    [InlineData("sunday", DayOfWeek.Sunday)]
    [InlineData(" Monday ", DayOfWeek.Monday)]
    public void Reads_a_bare_weekday_as_needing_v(string text, DayOfWeek weekday)
    {
        var reading = ValueParser.ReadText(ValueKind.Date, text);
        Assert.Equal(new TextReading(null, weekday, false, null), reading);
    }

    [Theory]
    [InlineData("the next day")]
    [InlineData("later that day")]
    [InlineData("Later that day")]
    [InlineData("the previous month")]
    [InlineData("that day")]
    [InlineData("that year")]
    [InlineData("the same year")]
    [InlineData("later the same day")]
    [InlineData("earlier that year")]
    [InlineData("the following week")]
    [InlineData("the following Friday")]
    [InlineData("the day before")]
    [InlineData("the year after")]
    [InlineData("two days later")]
    [InlineData("a year later")]
    [InlineData("3 weeks earlier")]
    [InlineData("next year")]
    [InlineData("last Friday")]
    [InlineData("yesterday")]
    [InlineData("Today")]
    public void Reads_relative_dates_as_needing_v(string text)
    {
        var reading = ValueParser.ReadText(ValueKind.Date, text);
        Assert.Equal(TextReading.Relative, reading);
    }

    [Theory]
    [InlineData("the next")]
    [InlineData("that")]
    [InlineData("later")]
    [InlineData("the day")]
    [InlineData("the next day 1965")]
    [InlineData("later next year")]
    [InlineData("two days")]
    [InlineData("the nextday")]
    public void Does_not_take_fragments_of_relative_phrases_for_relative_dates(string text)
    {
        Read.Error(ValueKind.Date, text);
    }
}
