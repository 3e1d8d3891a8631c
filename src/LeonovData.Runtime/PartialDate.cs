namespace LeonovData
{
    /// <summary>How much of a <see cref="PartialDate"/> the source stated.</summary>
    public enum DatePrecision
    {
        /// <summary>Only the year: <c>1965</c>.</summary>
        Year,

        /// <summary>Year and month: <c>1975-07</c>.</summary>
        Month,

        /// <summary>A whole date: <c>1965-03-18</c>.</summary>
        Day,
    }

    /// <summary>
    /// A date known to the precision its source gave: a year, a month or a day. "July 1975" is not
    /// 1 July 1975, so it is not a <see cref="global::System.DateTime"/>.
    /// </summary>
    public readonly struct PartialDate : global::System.IEquatable<PartialDate>, global::System.IComparable<PartialDate>
    {
        private static readonly string[] s_months =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        };

        /// <summary>Creates a date at year, month or day precision, approximate when the source hedged it ("c. 1950").</summary>
        public PartialDate(int year, int? month = null, int? day = null, bool approximate = false)
        {
            if (month is null && day is not null)
            {
                throw new global::System.ArgumentException("A day needs a month.", nameof(day));
            }

            Year = year;
            Month = month;
            Day = day;
            IsApproximate = approximate;
            _ = Earliest; // validates the date
        }

        /// <summary>The source gave the date as approximate ("c. 1950"): EDTF's <c>1950~</c>.</summary>
        public bool IsApproximate { get; }

        /// <summary>The year.</summary>
        public int Year { get; }

        /// <summary>The month (1–12), when the source gave it.</summary>
        public int? Month { get; }

        /// <summary>The day of the month, when the source gave it.</summary>
        public int? Day { get; }

        /// <summary>How precise the date is.</summary>
        public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

        /// <summary>The first day the date may denote.</summary>
        public global::System.DateTime Earliest => new global::System.DateTime(Year, Month ?? 1, Day ?? 1);

        /// <summary>The last day the date may denote.</summary>
        public global::System.DateTime Latest => new global::System.DateTime(Year, Month ?? 12, Day ?? global::System.DateTime.DaysInMonth(Year, Month ?? 12));

        /// <summary>The weekday, for a date at day precision.</summary>
        public global::System.DayOfWeek? DayOfWeek => Day is null ? null : Earliest.DayOfWeek;

        /// <summary>True when both can be the same day: equal at the coarser precision (<c>1965</c> and <c>1965-03-18</c>).</summary>
        public bool IsCompatibleWith(PartialDate other) =>
            Year == other.Year
            && (Month is null || other.Month is null || Month == other.Month)
            && (Day is null || other.Day is null || Day == other.Day);

        /// <summary>Orders by the first day denoted, then the coarser date first.</summary>
        public int CompareTo(PartialDate other)
        {
            var byDay = Earliest.CompareTo(other.Earliest);
            return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
        }

        /// <inheritdoc/>
        public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day && IsApproximate == other.IsApproximate;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (Year * 13 + (Month ?? 0)) * 32 + (Day ?? 0);

        /// <summary>The EDTF form at its precision: <c>1965</c>, <c>1975-07</c>, <c>1965-03-18</c>; <c>1950~</c> when approximate.</summary>
        public override string ToString() => IsApproximate ? ExactString() + "~" : ExactString();

        private string ExactString() => Precision switch
        {
            DatePrecision.Day => Year.ToString("0000", global::System.Globalization.CultureInfo.InvariantCulture) + "-" + Month!.Value.ToString("00", global::System.Globalization.CultureInfo.InvariantCulture) + "-" + Day!.Value.ToString("00", global::System.Globalization.CultureInfo.InvariantCulture),
            DatePrecision.Month => Year.ToString("0000", global::System.Globalization.CultureInfo.InvariantCulture) + "-" + Month!.Value.ToString("00", global::System.Globalization.CultureInfo.InvariantCulture),
            _ => Year.ToString("0000", global::System.Globalization.CultureInfo.InvariantCulture),
        };

        /// <summary>English prose at its precision: <c>18 March 1965</c>, <c>July 1975</c>, <c>1965</c>; <c>c. 1950</c> when approximate.</summary>
        public string ToDisplayString() => (IsApproximate ? "c. " : string.Empty) + Precision switch
        {
            DatePrecision.Day => Day!.Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " " + s_months[Month!.Value - 1] + " " + Year.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            DatePrecision.Month => s_months[Month!.Value - 1] + " " + Year.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            _ => Year.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
        };

        /// <summary>Reads the EDTF form <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, with <c>~</c> when approximate.</summary>
        public static PartialDate ParseIso(string text)
        {
            var approximate = text.EndsWith("~", global::System.StringComparison.Ordinal);
            var parts = text.TrimEnd('~').Split('-');
            var culture = global::System.Globalization.CultureInfo.InvariantCulture;
            return new PartialDate(
                int.Parse(parts[0], culture),
                parts.Length > 1 ? int.Parse(parts[1], culture) : null,
                parts.Length > 2 ? int.Parse(parts[2], culture) : null,
                approximate);
        }

        /// <summary>Equality of year, month and day (precision included).</summary>
        public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

        /// <summary>Inequality of year, month or day.</summary>
        public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

        /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
        public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

        /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
        public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    }

    /// <summary>A span of time between two partial dates; either end may be open (<c>2002-12-18/..</c>).</summary>
    public readonly struct DateInterval : global::System.IEquatable<DateInterval>
    {
        /// <summary>Creates an interval.</summary>
        public DateInterval(PartialDate? start, PartialDate? end)
        {
            Start = start;
            End = end;
        }

        /// <summary>The start, or null when open.</summary>
        public PartialDate? Start { get; }

        /// <summary>The end, or null when open.</summary>
        public PartialDate? End { get; }

        /// <inheritdoc/>
        public bool Equals(DateInterval other) => Start == other.Start && End == other.End;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is DateInterval other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (Start?.GetHashCode() ?? 0) * 397 ^ (End?.GetHashCode() ?? 0);

        /// <summary>The EDTF form: <c>1976/1982</c>, <c>2002-12-18/..</c>.</summary>
        public override string ToString() => (Start?.ToString() ?? "..") + "/" + (End?.ToString() ?? "..");
    }
}
