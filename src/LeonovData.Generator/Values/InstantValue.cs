using System;
using System.Globalization;

namespace LeonovData.Generator.Values;

/// <summary>How much of a time of day a source stated: "20:17" is minute precision.</summary>
internal enum TimePrecision
{
    Hour,
    Minute,
    Second,
}

/// <summary>A moment in UTC, as precise as the source stated it: "10:56 p.m. EDT on July 20, 1969"
/// is <c>1969-07-21T02:56Z</c> at minute precision.</summary>
/// <remarks>The zone the text named is folded into the UTC time: the instant is the fact, the zone
/// only how the source wrote it. Components are kept as numbers so the record stays cheap to
/// compare; the grammars build only valid instants.</remarks>
internal sealed record InstantValue(int Year, int Month, int Day, int Hour, int Minute, int Second, TimePrecision TimePrecision) : Value
{
    public override ValueKind Kind => ValueKind.Datetime;

    public override string Normalized
    {
        get
        {
            var text = Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Two(Month) + "-" + Two(Day) + "T" + Two(Hour);
            text += TimePrecision >= TimePrecision.Minute ? ":" + Two(Minute) : string.Empty;
            text += TimePrecision == TimePrecision.Second ? ":" + Two(Second) : string.Empty;
            return text + "Z";
        }
    }

    public override string? Precision => TimePrecision switch
    {
        TimePrecision.Hour => "hour",
        TimePrecision.Minute => "minute",
        _ => "second",
    };

    /// <summary>The UTC instant of a local time with an offset east of UTC, in minutes; null when
    /// the date is outside the supported years once shifted.</summary>
    public static InstantValue? FromLocal(int year, int month, int day, int hour, int minute, int second, int offsetMinutes, TimePrecision precision)
    {
        if (!CalendarRules.IsValid(year, month, day))
        {
            return null;
        }

        var utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddMinutes(-offsetMinutes);
        return utc.Year < CalendarRules.MinYear || utc.Year > CalendarRules.MaxYear
            ? null
            : new InstantValue(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, precision);
    }

    /// <summary>True when both are the same instant at the coarser of their precisions.</summary>
    public bool IsCompatibleWith(InstantValue other) => CompareAtCoarser(other) == 0;

    /// <summary>Orders two instants at the coarser of their precisions: "20:17" and "20:17:40" are
    /// equal (0), "20:17" is certainly before "20:18:05" (negative).</summary>
    public int CompareAtCoarser(InstantValue other)
    {
        var coarser = TimePrecision < other.TimePrecision ? TimePrecision : other.TimePrecision;
        return Key(coarser).CompareTo(other.Key(coarser));
    }

    private long Key(TimePrecision precision) =>
        (((((Year * 13L) + Month) * 32L + Day) * 24L + Hour) * 60L + (precision >= TimePrecision.Minute ? Minute : 0)) * 60L
        + (precision == TimePrecision.Second ? Second : 0);

    private static string Two(int number) => number.ToString("D2", CultureInfo.InvariantCulture);
}
