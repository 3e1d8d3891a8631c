namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using NodaTime;
using Xunit;

/// <summary>NodaTime is the oracle for which dates exist and which weekday they fall on.</summary>
public sealed class DateOracleTests
{
    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    // Every seventh year of 1900–2100 plus the century years that make the Gregorian leap rule visible.
    public static TheoryData<int> SampledYears()
    {
        var years = new TheoryData<int>();
        for (var year = 1900; year <= 2100; year += 7)
        {
            years.Add(year);
        }

        years.Add(2000);
        years.Add(2100);
        years.Add(1904);
        years.Add(1965);
        return years;
    }

    [Theory]
    [MemberData(nameof(SampledYears))]
    public void A_day_reads_exactly_when_NodaTime_accepts_it_and_falls_on_its_weekday(int year)
    {
        for (var month = 1; month <= 12; month++)
        {
            for (var day = 0; day <= 32; day++)
            {
                var expected = TryLocalDate(year, month, day);
                foreach (var text in new[] { $"{day} {MonthNames[month - 1]} {year}", $"{MonthNames[month - 1]} {day}, {year}" })
                {
                    var reading = ValueParser.ReadText(ValueKind.Date, text);
                    if (expected is null)
                    {
                        Assert.True(reading.Error is not null, $"'{text}' should be rejected");
                        Assert.Contains($"'{day}' is not a day of {MonthNames[month - 1]}", reading.Error, StringComparison.Ordinal);
                        continue;
                    }

                    var date = Assert.IsType<PartialDate>(reading.Value);
                    Assert.Equal(new PartialDate(year, month, day), date);
                    Assert.Equal(expected.Value.ToString("yyyy-MM-dd", null), date.Normalized);
                    Assert.Equal(ToDayOfWeek(expected.Value.DayOfWeek), date.Weekday);
                }

                var normalized = ValueParser.ReadNormalized(ValueKind.Date, $"{year:D4}-{month:D2}-{day:D2}", out var error);
                Assert.Equal(expected is not null, normalized is not null);
                Assert.Equal(expected is null, error is not null);
            }
        }
    }

    [Theory]
    [InlineData(1965, 3, 18)]
    [InlineData(2019, 10, 11)]
    [InlineData(2000, 2, 29)]
    [InlineData(1934, 5, 30)]
    public void A_stated_weekday_is_accepted_only_when_NodaTime_agrees(int year, int month, int day)
    {
        var actual = ToDayOfWeek(new LocalDate(year, month, day).DayOfWeek);
        foreach (var weekday in Enum.GetValues<DayOfWeek>())
        {
            var reading = ValueParser.ReadText(ValueKind.Date, $"{weekday}, {day} {MonthNames[month - 1]} {year}");
            Assert.Equal(weekday == actual, reading.Value is not null);
            if (weekday != actual)
            {
                Assert.Contains($"was a {actual}, not a {weekday}", reading.Error, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void IsCertainlyBefore_matches_the_day_ranges_NodaTime_computes()
    {
        var random = new Random(1965_03_18);
        for (var i = 0; i < 5000; i++)
        {
            var a = RandomPartialDate(random);
            var b = RandomPartialDate(random);
            var expected = LastDay(a) < FirstDay(b);
            Assert.True(expected == a.IsCertainlyBefore(b), $"{a.Normalized} before {b.Normalized}: expected {expected}");
            Assert.Equal(LastDay(b) < FirstDay(a), a.IsCertainlyAfter(b));

            // Compatible (equal at the coarser precision) exactly when the day ranges nest.
            var nested = (FirstDay(a) <= FirstDay(b) && LastDay(b) <= LastDay(a)) || (FirstDay(b) <= FirstDay(a) && LastDay(a) <= LastDay(b));
            Assert.True(nested == a.IsCompatibleWith(b), $"{a.Normalized} ~ {b.Normalized}: expected {nested}");
        }
    }

    private static PartialDate RandomPartialDate(Random random)
    {
        // A narrow range of years so that pairs often overlap.
        var year = random.Next(1964, 1967);
        var precision = random.Next(3);
        if (precision == 0)
        {
            return new PartialDate(year, null, null);
        }

        var month = random.Next(1, 13);
        if (precision == 1)
        {
            return new PartialDate(year, month, null);
        }

        return new PartialDate(year, month, random.Next(1, CalendarSystem.Iso.GetDaysInMonth(year, month) + 1));
    }

    private static LocalDate FirstDay(PartialDate date) => new(date.Year, date.Month ?? 1, date.Day ?? 1);

    private static LocalDate LastDay(PartialDate date)
    {
        var month = date.Month ?? 12;
        return new LocalDate(date.Year, month, date.Day ?? CalendarSystem.Iso.GetDaysInMonth(date.Year, month));
    }

    private static LocalDate? TryLocalDate(int year, int month, int day)
    {
        try
        {
            return new LocalDate(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static DayOfWeek ToDayOfWeek(IsoDayOfWeek weekday) => (DayOfWeek)((int)weekday % 7);
}
