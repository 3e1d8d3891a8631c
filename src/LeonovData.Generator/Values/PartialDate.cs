using System;
using System.Globalization;

namespace LeonovData.Generator.Values;

/// <summary>A calendar date known to the year, the month or the day: <c>1965</c>, <c>1975-07</c>,
/// <c>1965-03-18</c>; <see cref="Approximate"/> when the source hedged it ("c. 1950", EDTF <c>1950~</c>).</summary>
/// <remarks>The grammars only build valid dates; a hand-built invalid one never makes a member
/// throw (its <see cref="Weekday"/> is null and comparisons treat it by its numbers).</remarks>
internal sealed record PartialDate(int Year, int? Month, int? Day, bool Approximate = false) : Value
{
    public override ValueKind Kind => ValueKind.Date;

    public DatePrecision DatePrecision =>
        Day is not null && Month is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    public override string Normalized
    {
        get
        {
            var year = Year.ToString("D4", CultureInfo.InvariantCulture);
            var date = DatePrecision switch
            {
                DatePrecision.Day => year + "-" + TwoDigits(Month!.Value) + "-" + TwoDigits(Day!.Value),
                DatePrecision.Month => year + "-" + TwoDigits(Month!.Value),
                _ => year,
            };
            return Approximate ? date + "~" : date;
        }
    }

    public override string? Precision => DatePrecision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        _ => "year",
    };

    /// <summary>The day of the week, known only at day precision.</summary>
    public DayOfWeek? Weekday =>
        DatePrecision == DatePrecision.Day ? CalendarRules.WeekdayOf(Year, Month!.Value, Day!.Value) : null;

    /// <summary>True when the two dates are equal at the coarser of their precisions
    /// (<c>1965</c> is compatible with <c>1965-03-18</c>; <c>1965-03</c> is not with <c>1965-04-01</c>).</summary>
    public bool IsCompatibleWith(PartialDate other)
    {
        var coarser = DatePrecision < other.DatePrecision ? DatePrecision : other.DatePrecision;
        return Year == other.Year
            && (coarser < DatePrecision.Month || Month == other.Month)
            && (coarser < DatePrecision.Day || Day == other.Day);
    }

    /// <summary>True when every day this date may denote comes before every day <paramref name="other"/>
    /// may denote (<c>1965</c> is certainly before <c>1966-01-01</c>, but not before <c>1965-12</c>).</summary>
    public bool IsCertainlyBefore(PartialDate other) => LastDayKey < other.FirstDayKey;

    /// <summary>True when every day this date may denote comes after every day <paramref name="other"/> may denote.</summary>
    public bool IsCertainlyAfter(PartialDate other) => other.IsCertainlyBefore(this);

    // yyyymmdd as a number orders days without building DateTime values (which could throw).
    private long FirstDayKey => Key(Year, Month ?? 1, DatePrecision == DatePrecision.Day ? Day!.Value : 1);

    private long LastDayKey
    {
        get
        {
            var month = Month ?? 12;
            var day = DatePrecision == DatePrecision.Day ? Day!.Value : CalendarRules.DaysInMonth(Year, month);
            return Key(Year, month, day);
        }
    }

    private static long Key(int year, int month, int day) => (year * 10000L) + (month * 100L) + day;

    private static string TwoDigits(int number) => number.ToString("D2", CultureInfo.InvariantCulture);
}
