using System;
using System.Globalization;

namespace LeonovData.Generator.Values;

/// <summary>A calendar date known to the year, the month or the day: <c>1965</c>, <c>1975-07</c>,
/// <c>1965-03-18</c>; <see cref="Approximate"/> when the source hedged it ("c. 1950", EDTF <c>1950~</c>).</summary>
/// <remarks>
/// The grammars only build valid dates; a hand-built invalid one never makes a member
/// throw (its <see cref="Weekday"/> is null and comparisons treat it by its numbers).
/// <para>
/// Its month and day are kept as bytes, 0 for "not stated", rather than as <c>int?</c>: a run makes one
/// per date of the corpus, and with two nullable ints it was 40 bytes instead of 24. The members still
/// speak <c>int?</c>; a month or day that no byte holds (1 to 255) is refused when the date is made.
/// </para>
/// </remarks>
internal sealed record PartialDate : Value
{
    private readonly byte _month;
    private readonly byte _day;

    public PartialDate(int year, int? month, int? day, bool approximate = false)
    {
        Year = year;
        _month = Small(month, nameof(month));
        _day = Small(day, nameof(day));
        Approximate = approximate;
    }

    public int Year { get; }

    public int? Month => _month == 0 ? null : _month;

    public int? Day => _day == 0 ? null : _day;

    public bool Approximate { get; init; }

    public override ValueKind Kind => ValueKind.Date;

    public DatePrecision DatePrecision =>
        _day != 0 && _month != 0 ? DatePrecision.Day
        : _month != 0 ? DatePrecision.Month
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

    private static byte Small(int? number, string name) =>
        number is not { } value ? (byte)0
        : value is >= 1 and <= byte.MaxValue ? (byte)value
        : throw new ArgumentOutOfRangeException(name, value, "a month or day is 1 to 255");

    private static string TwoDigits(int number) => number.ToString("D2", CultureInfo.InvariantCulture);
}
