namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using NodaTime;
using NodaTime.Text;
using Xunit;

/// <summary>
/// The forms ordinary English uses that a first own corpus (a NASA mission history) met: fractions
/// and mixed numbers, compound durations, ordinal-day dates, approximate and numeric dates. Each
/// table has its near misses, which must fail with a message that says what to write.
/// </summary>
public sealed class EnglishFormTests
{
    [Theory]
    [InlineData("2½ hours", "PT2H30M", "minute")]
    [InlineData("2\u00BD-hour", "PT2H30M", "minute")]
    [InlineData("two and a half hours", "PT2H30M", "minute")]
    [InlineData("2 and a half hours", "PT2H30M", "minute")]
    [InlineData("2 1/2 hours", "PT2H30M", "minute")]
    [InlineData("a quarter of an hour", "PT15M", "minute")]
    [InlineData("three quarters of an hour", "PT45M", "minute")]
    [InlineData("a third of an hour", "PT20M", "minute")]
    [InlineData("half an hour", "PT30M", "minute")]
    [InlineData("a half hour", "PT30M", "minute")]
    [InlineData("an hour and a half", "PT1H30M", "minute")]
    [InlineData("two days and a half", "P2DT12H", "hour")]
    [InlineData("1.5 hours", "PT1H30M", "minute")]
    [InlineData("1.7 minutes", "PT1M42S", "second")]
    [InlineData("1.5 years", "P1Y6M", "month")]
    [InlineData("1.5 weeks", "P10DT12H", "hour")]
    [InlineData("¾ hour", "PT45M", "minute")]
    [InlineData("about 2½ hours", "PT2H30M", "minute")]
    [InlineData("2 hours and 31 minutes", "PT2H31M", "minute")]
    [InlineData("8 days, 3 hours and 18 minutes", "P8DT3H18M", "minute")]
    [InlineData("21 hours, 36 minutes", "PT21H36M", "minute")]
    [InlineData("2 hours and a minute", "PT2H1M", "minute")]
    [InlineData("8 days, 3 hours, 18 minutes and 35 seconds", "P8DT3H18M35S", "second")]
    public void Durations_with_fractions_and_several_units(string text, string normalized, string precision)
    {
        var value = Assert.IsType<DurationValue>(Read.Text(ValueKind.Duration, text));
        Assert.Equal(normalized, value.Normalized);
        Assert.Equal(precision, value.Precision);
    }

    [Theory]
    [InlineData("0.1 seconds", "no whole number of smaller units")]
    [InlineData("1.5 months", "no whole number of smaller units", "v=")]
    [InlineData("2½ hours and 30 minutes", "minutes are given twice")]
    [InlineData("and a half hours", "expected a number")]
    [InlineData("2 5/3 hours", "'5' is not a unit of time")]
    [InlineData("2½ parsecs", "'parsecs' is not a unit of time")]
    [InlineData("a half of", "'of' is not a unit of time")]
    public void Duration_near_misses(string text, params string[] fragments) =>
        Read.Contains(Read.Error(ValueKind.Duration, text), fragments);

    [Theory]
    [InlineData("July 20th, 1969", "1969-07-20")]
    [InlineData("July 20th 1969", "1969-07-20")]
    [InlineData("20th of July, 1969", "1969-07-20")]
    [InlineData("20th of July 1969", "1969-07-20")]
    [InlineData("1st of March, 1965", "1965-03-01")]
    [InlineData("c. 1950", "1950~")]
    [InlineData("ca. 1950", "1950~")]
    [InlineData("circa 1950", "1950~")]
    [InlineData("Circa 1950", "1950~")]
    [InlineData("about March 1950", "1950-03~")]
    [InlineData("around 20 July 1969", "1969-07-20~")]
    public void Ordinal_day_and_approximate_dates(string text, string normalized) =>
        Assert.Equal(normalized, Read.Text(ValueKind.Date, text).Normalized);

    [Theory]
    [InlineData("20st of July, 1969", "wrong ordinal suffix", "'20th'")]
    [InlineData("20th of Jluy, 1969", "did you mean 'July'?")]
    [InlineData("before 1950", "'before' is not a month name")]
    [InlineData("more than 1950", "makes a range, not a date")]
    [InlineData("c.", "there is no date after 'c.'")]
    [InlineData("circa", "there is no date after 'circa'")]
    [InlineData("c. 32 March 1950", "'32' is not a day of March")]
    public void Date_near_misses(string text, params string[] fragments) =>
        Read.Contains(Read.Error(ValueKind.Date, text), fragments);

    [Theory]
    [InlineData("7/24/1969", "mdy", "1969-07-24")]
    [InlineData("24.07.1969", "dmy", "1969-07-24")]
    [InlineData("24/7/1969", "dmy", "1969-07-24")]
    [InlineData("1969/07/24", "ymd", "1969-07-24")]
    [InlineData("1969.7.24", "ymd", "1969-07-24")]
    [InlineData("07-24-1969", "mdy", "1969-07-24")]
    [InlineData("1969-07-24", "mdy", "1969-07-24")] // ISO 8601 keeps its own order
    public void Numeric_dates_in_the_declared_order(string text, string order, string normalized) =>
        Assert.Equal(normalized, Assert.IsType<PartialDate>(ValueParser.ReadText(ValueKind.Date, text, Order(order)).Value).Normalized);

    [Theory]
    [InlineData("7/24/1969", "", "numeric date", "dates=mdy", "'24 July 1969'", "v=")]
    [InlineData("24.07.1969", "", "numeric date", "dates=dmy")]
    [InlineData("7/24/1969", "dmy", "'24' is not a month (1–12) (read as dates=dmy)", "check the order")]
    [InlineData("7/24/69", "mdy", "'69' is not a year (read as dates=mdy)", "four digits")]
    [InlineData("2/30/1969", "mdy", "'30' is not a day of February 1969")]
    [InlineData("0/12/1969", "mdy", "'0' is not a month")]
    [InlineData("7/24/0969", "mdy", "outside the supported years")]
    public void Numeric_date_near_misses_say_what_they_are(string text, string order, params string[] fragments)
    {
        var reading = ValueParser.ReadText(ValueKind.Date, text, Order(order));
        Assert.Null(reading.Value);
        Read.Contains(reading.Error!, fragments);
    }

    [Theory]
    [InlineData("MM/dd/yyyy", "mdy")]
    [InlineData("dd.MM.yyyy", "dmy")]
    [InlineData("yyyy/MM/dd", "ymd")]
    public void Numeric_dates_agree_with_NodaTime(string pattern, string order)
    {
        // Every day of two years (one leap), formatted by NodaTime and read back; and impossible
        // days (the 29th to 31st of every month) rejected exactly when NodaTime has no such day.
        var format = LocalDatePattern.CreateWithInvariantCulture(pattern);
        for (var date = new LocalDate(1968, 1, 1); date.Year < 1970; date = date.PlusDays(1))
        {
            var value = ValueParser.ReadText(ValueKind.Date, format.Format(date), Order(order)).Value;
            Assert.Equal(date.ToString("yyyy-MM-dd", null), Assert.IsType<PartialDate>(value).Normalized);
        }

        for (var month = 1; month <= 12; month++)
        {
            for (var day = 29; day <= 31; day++)
            {
                var exists = day <= CalendarSystem.Iso.GetDaysInMonth(1969, month);
                var text = pattern.Replace("MM", $"{month:D2}").Replace("dd", $"{day:D2}").Replace("yyyy", "1969");
                Assert.Equal(exists, ValueParser.ReadText(ValueKind.Date, text, Order(order)).Value is not null);
            }
        }
    }

    private static DateOrder Order(string spelling) => DateOrders.TryParse(spelling, out var order) ? order : DateOrder.Undeclared;

    [Theory]
    [InlineData("1950~", "1950~")]
    [InlineData("1969-07~", "1969-07~")]
    public void The_approximate_v_form(string v, string normalized) =>
        Assert.Equal(normalized, Read.Normalized(ValueKind.Date, v).Normalized);
}
