namespace LeonovData
{
    /// <summary>How a stated amount relates to the true one: "almost 500 kilometres" is <see cref="LessThan"/>.</summary>
    public enum Comparator
    {
        /// <summary>As stated.</summary>
        Exact,

        /// <summary>Less than stated ("almost", "less than").</summary>
        LessThan,

        /// <summary>At most as stated ("up to").</summary>
        AtMost,

        /// <summary>More than stated ("more than", "over").</summary>
        GreaterThan,

        /// <summary>At least as stated.</summary>
        AtLeast,

        /// <summary>About as stated ("about", "around").</summary>
        Approximately,
    }

    /// <summary>The smallest unit a duration was stated in: "12 minutes" is minute precision.</summary>
    public enum DurationUnit
    {
        /// <summary>Years.</summary>
        Year,

        /// <summary>Months.</summary>
        Month,

        /// <summary>Days.</summary>
        Day,

        /// <summary>Hours.</summary>
        Hour,

        /// <summary>Minutes.</summary>
        Minute,

        /// <summary>Seconds.</summary>
        Second,
    }

    /// <summary>
    /// A duration as stated, with its precision and hedge. Calendar parts stay separate because
    /// "eighteen months" is not a fixed number of seconds.
    /// </summary>
    public readonly struct Duration : global::System.IEquatable<Duration>
    {
        /// <summary>Creates a duration.</summary>
        public Duration(int years, int months, int days, int hours, int minutes, int seconds, DurationUnit precision, Comparator comparator = Comparator.Exact)
        {
            Years = years;
            Months = months;
            Days = days;
            Hours = hours;
            Minutes = minutes;
            Seconds = seconds;
            Precision = precision;
            Comparator = comparator;
        }

        /// <summary>Whole years.</summary>
        public int Years { get; }

        /// <summary>Whole months.</summary>
        public int Months { get; }

        /// <summary>Whole days.</summary>
        public int Days { get; }

        /// <summary>Whole hours.</summary>
        public int Hours { get; }

        /// <summary>Whole minutes.</summary>
        public int Minutes { get; }

        /// <summary>Whole seconds.</summary>
        public int Seconds { get; }

        /// <summary>The smallest unit stated.</summary>
        public DurationUnit Precision { get; }

        /// <summary>The hedge: "about 40 minutes" is <see cref="Comparator.Approximately"/>.</summary>
        public Comparator Comparator { get; }

        /// <summary>The duration as a <see cref="global::System.TimeSpan"/>, or null when it has years or months.</summary>
        public global::System.TimeSpan? ToTimeSpan() =>
            Years != 0 || Months != 0 ? null : new global::System.TimeSpan(Days, Hours, Minutes, Seconds);

        /// <inheritdoc/>
        public bool Equals(Duration other) =>
            Years == other.Years && Months == other.Months && Days == other.Days && Hours == other.Hours
            && Minutes == other.Minutes && Seconds == other.Seconds && Precision == other.Precision && Comparator == other.Comparator;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Duration other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => ((((Years * 13 + Months) * 32 + Days) * 25 + Hours) * 61 + Minutes) * 61 + Seconds;

        /// <summary>The ISO 8601 form: <c>PT12M9S</c>, <c>P18M</c>, <c>P2D</c>.</summary>
        public override string ToString()
        {
            var builder = new global::System.Text.StringBuilder("P");
            Append(builder, Years, 'Y');
            Append(builder, Months, 'M');
            Append(builder, Days, 'D');
            if (Hours != 0 || Minutes != 0 || Seconds != 0)
            {
                builder.Append('T');
                Append(builder, Hours, 'H');
                Append(builder, Minutes, 'M');
                Append(builder, Seconds, 'S');
            }

            if (builder.Length == 1)
            {
                builder.Append(Precision >= DurationUnit.Hour ? "T0" : "0").Append(Precision switch
                {
                    DurationUnit.Year => 'Y',
                    DurationUnit.Month => 'M',
                    DurationUnit.Day => 'D',
                    DurationUnit.Hour => 'H',
                    DurationUnit.Minute => 'M',
                    _ => 'S',
                });
            }

            return builder.ToString();
        }

        /// <summary>English prose: <c>12 minutes 9 seconds</c>, <c>about 40 minutes</c>.</summary>
        public string ToDisplayString()
        {
            var parts = new global::System.Collections.Generic.List<string>();
            Say(parts, Years, "year");
            Say(parts, Months, "month");
            Say(parts, Days, "day");
            Say(parts, Hours, "hour");
            Say(parts, Minutes, "minute");
            Say(parts, Seconds, "second");
            var hedge = Comparator switch
            {
                Comparator.LessThan => "less than ",
                Comparator.AtMost => "at most ",
                Comparator.GreaterThan => "more than ",
                Comparator.AtLeast => "at least ",
                Comparator.Approximately => "about ",
                _ => string.Empty,
            };
            return hedge + (parts.Count == 0 ? "0 " + Precision.ToString().ToLowerInvariant() + "s" : string.Join(" ", parts));
        }

        private static void Append(global::System.Text.StringBuilder builder, int amount, char designator)
        {
            if (amount != 0)
            {
                builder.Append(amount.ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Append(designator);
            }
        }

        private static void Say(global::System.Collections.Generic.List<string> parts, int amount, string unit)
        {
            if (amount != 0)
            {
                parts.Add(amount.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " " + unit + (amount == 1 ? string.Empty : "s"));
            }
        }
    }

    /// <summary>An amount with its unit as stated ("4.8 m", "310 mi"), its stated decimals and its hedge.</summary>
    public readonly struct Quantity : global::System.IEquatable<Quantity>
    {
        /// <summary>Creates a quantity.</summary>
        public Quantity(decimal amount, string unit, int scale, Comparator comparator = Comparator.Exact)
        {
            Amount = amount;
            Unit = unit;
            Scale = scale;
            Comparator = comparator;
        }

        /// <summary>The amount as stated.</summary>
        public decimal Amount { get; }

        /// <summary>The unit symbol: <c>m</c>, <c>km</c>, <c>ft</c>, <c>mi</c>.</summary>
        public string Unit { get; }

        /// <summary>How many decimals the source stated (4.8 has one): the amount's precision.</summary>
        public int Scale { get; }

        /// <summary>The hedge: "almost 500 kilometres" is <see cref="Comparator.LessThan"/>.</summary>
        public Comparator Comparator { get; }

        /// <summary>The amount in metres, for lengths.</summary>
        public decimal? InMetres => Unit switch
        {
            "m" => Amount,
            "km" => Amount * 1000m,
            "ft" => Amount * 0.3048m,
            "mi" => Amount * 1609.344m,
            _ => null,
        };

        /// <inheritdoc/>
        public bool Equals(Quantity other) => Amount == other.Amount && Unit == other.Unit && Scale == other.Scale && Comparator == other.Comparator;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Amount.GetHashCode() * 31 + (Unit?.GetHashCode() ?? 0);

        /// <summary>The normalised form: <c>4.8 m</c>.</summary>
        public override string ToString() =>
            global::System.Math.Round(Amount, Scale).ToString("F" + Scale.ToString(global::System.Globalization.CultureInfo.InvariantCulture), global::System.Globalization.CultureInfo.InvariantCulture) + " " + Unit;
    }
}
