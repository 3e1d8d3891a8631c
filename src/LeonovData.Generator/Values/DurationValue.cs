namespace LeonovData.Generator.Values;

/// <summary>A length of time as stated, component by component ("18 months" stays <c>P18M</c>),
/// with the smallest stated unit as its precision.</summary>
/// <remarks>Weeks are stored as days. The record keeps amounts, not which units were written, so a
/// stated zero shows in <see cref="Normalized"/> only for the smallest unit, which carries the
/// precision ("3 hours, 0 minutes and 5 seconds" is <c>PT3H5S</c>, "0 seconds" is <c>PT0S</c>).
/// The comparator is the hedge of the text ("about 40 minutes"); it is not part of
/// <see cref="Normalized"/>, which is plain ISO 8601.</remarks>
internal sealed record DurationValue(
    int Years,
    int Months,
    int Days,
    int Hours,
    int Minutes,
    int Seconds,
    DurationUnit Unit,
    Comparator Comparator) : Value
{
    public override ValueKind Kind => ValueKind.Duration;

    public override string Normalized => IsoDuration.Format(this);

    public override string? Precision => UnitName(Unit);

    /// <summary>True when both durations are equal once truncated to the coarser of their two
    /// precisions: "12 minutes" is compatible with <c>PT12M9S</c> but not with <c>PT13M</c>.</summary>
    /// <remarks>Months and years cannot be turned into days exactly, so the calendar part
    /// (months) and the clock part (seconds, days counted as 24 hours) are compared separately.</remarks>
    public bool IsCompatibleWith(DurationValue other)
    {
        var coarser = Unit < other.Unit ? Unit : other.Unit;
        Truncate(coarser, out var months, out var clock);
        other.Truncate(coarser, out var otherMonths, out var otherClock);
        return months == otherMonths && clock == otherClock;
    }

    public static string UnitName(DurationUnit unit) => unit switch
    {
        DurationUnit.Year => "year",
        DurationUnit.Month => "month",
        DurationUnit.Day => "day",
        DurationUnit.Hour => "hour",
        DurationUnit.Minute => "minute",
        _ => "second",
    };

    private void Truncate(DurationUnit unit, out long months, out long clock)
    {
        var totalMonths = (Years * 12L) + Months;
        var totalSeconds = (Days * 86400L) + (Hours * 3600L) + (Minutes * 60L) + Seconds;
        switch (unit)
        {
            case DurationUnit.Year: months = FloorDivide(totalMonths, 12); clock = 0; break;
            case DurationUnit.Month: months = totalMonths; clock = 0; break;
            case DurationUnit.Day: months = totalMonths; clock = FloorDivide(totalSeconds, 86400); break;
            case DurationUnit.Hour: months = totalMonths; clock = FloorDivide(totalSeconds, 3600); break;
            case DurationUnit.Minute: months = totalMonths; clock = FloorDivide(totalSeconds, 60); break;
            default: months = totalMonths; clock = totalSeconds; break;
        }
    }

    private static long FloorDivide(long value, long divisor)
    {
        var quotient = value / divisor;
        return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
    }
}
