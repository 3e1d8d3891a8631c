namespace LeonovData
{
    /// <summary>How much of a time of day a source stated.</summary>
    public enum TimePrecision
    {
        /// <summary>The hour: "9 a.m. EDT".</summary>
        Hour,

        /// <summary>Hour and minute: "20:17 UTC".</summary>
        Minute,

        /// <summary>Hour, minute and second: "20:17:40 UTC".</summary>
        Second,
    }

    /// <summary>
    /// A moment in UTC as precise as its source: "10:56 p.m. EDT on July 20, 1969" is
    /// <c>1969-07-21T02:56Z</c> at minute precision. The zone the text named is folded into UTC.
    /// </summary>
    public readonly struct Instant : global::System.IEquatable<Instant>, global::System.IComparable<Instant>
    {
        /// <summary>Creates an instant from its UTC date and time.</summary>
        public Instant(int year, int month, int day, int hour, int minute, int second, TimePrecision precision)
        {
            Utc = new global::System.DateTime(year, month, day, hour, minute, second, global::System.DateTimeKind.Utc);
            Precision = precision;
        }

        /// <summary>The moment, in UTC; the parts finer than <see cref="Precision"/> are zero.</summary>
        public global::System.DateTime Utc { get; }

        /// <summary>How much of the time the source stated.</summary>
        public TimePrecision Precision { get; }

        /// <summary>The moment with its zero offset, for arithmetic with other times.</summary>
        public global::System.DateTimeOffset ToDateTimeOffset() => new global::System.DateTimeOffset(Utc);

        /// <inheritdoc/>
        public int CompareTo(Instant other)
        {
            var byTime = Utc.CompareTo(other.Utc);
            return byTime != 0 ? byTime : Precision.CompareTo(other.Precision);
        }

        /// <inheritdoc/>
        public bool Equals(Instant other) => Utc == other.Utc && Precision == other.Precision;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Instant other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Utc.GetHashCode() * 3 + (int)Precision;

        /// <summary>ISO 8601 in UTC at its precision: <c>1969-07-20T20:17Z</c>.</summary>
        public override string ToString() => Utc.ToString(
            Precision switch
            {
                TimePrecision.Hour => "yyyy-MM-dd'T'HH'Z'",
                TimePrecision.Minute => "yyyy-MM-dd'T'HH:mm'Z'",
                _ => "yyyy-MM-dd'T'HH:mm:ss'Z'",
            },
            global::System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
        public static bool operator <(Instant left, Instant right) => left.CompareTo(right) < 0;

        /// <summary>Ordering by <see cref="CompareTo"/>.</summary>
        public static bool operator >(Instant left, Instant right) => left.CompareTo(right) > 0;

        /// <summary>Equality of moment and precision.</summary>
        public static bool operator ==(Instant left, Instant right) => left.Equals(right);

        /// <summary>Inequality of moment or precision.</summary>
        public static bool operator !=(Instant left, Instant right) => !left.Equals(right);
    }
}
