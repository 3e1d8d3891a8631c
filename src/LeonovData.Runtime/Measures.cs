namespace LeonovData
{
    /// <summary>What a measured amount measures.</summary>
    public enum Dimension
    {
        /// <summary>Length, in metres.</summary>
        Length,

        /// <summary>Mass, in kilograms.</summary>
        Mass,

        /// <summary>Speed, in metres per second.</summary>
        Speed,

        /// <summary>Area, in square metres.</summary>
        Area,

        /// <summary>Volume, in cubic metres.</summary>
        Volume,

        /// <summary>Temperature, in kelvins.</summary>
        Temperature,
    }

    /// <summary>A measured value: the amount, unit, decimals and hedge the source stated, as a <see cref="Quantity"/>.</summary>
    public interface IMeasure
    {
        /// <summary>The amount as stated, with its unit, decimals and hedge.</summary>
        Quantity Stated { get; }

        /// <summary>What it measures.</summary>
        Dimension Dimension { get; }
    }

    /// <summary>
    /// The units of measured values and their exact sizes: metres, kilograms, metres per second,
    /// square and cubic metres, kelvins, and the imperial and customary units texts use (feet,
    /// pounds, miles per hour, acres, US gallons, degrees Fahrenheit).
    /// </summary>
    public static class Units
    {
        // symbol, dimension, size = (amount + offset) × numerator / denominator in the SI unit.
        private static readonly (string Symbol, Dimension Dimension, decimal Numerator, decimal Denominator, decimal Offset)[] s_units =
        {
            ("m", Dimension.Length, 1m, 1m, 0m), ("km", Dimension.Length, 1000m, 1m, 0m), ("cm", Dimension.Length, 1m, 100m, 0m),
            ("mm", Dimension.Length, 1m, 1000m, 0m), ("ft", Dimension.Length, 0.3048m, 1m, 0m), ("in", Dimension.Length, 0.0254m, 1m, 0m),
            ("yd", Dimension.Length, 0.9144m, 1m, 0m), ("mi", Dimension.Length, 1609.344m, 1m, 0m), ("nmi", Dimension.Length, 1852m, 1m, 0m),
            ("kg", Dimension.Mass, 1m, 1m, 0m), ("g", Dimension.Mass, 1m, 1000m, 0m), ("mg", Dimension.Mass, 1m, 1000000m, 0m),
            ("t", Dimension.Mass, 1000m, 1m, 0m), ("lb", Dimension.Mass, 0.45359237m, 1m, 0m), ("oz", Dimension.Mass, 0.028349523125m, 1m, 0m),
            ("m/s", Dimension.Speed, 1m, 1m, 0m), ("km/s", Dimension.Speed, 1000m, 1m, 0m), ("km/h", Dimension.Speed, 5m, 18m, 0m),
            ("mph", Dimension.Speed, 0.44704m, 1m, 0m), ("ft/s", Dimension.Speed, 0.3048m, 1m, 0m), ("kn", Dimension.Speed, 1852m, 3600m, 0m),
            ("m²", Dimension.Area, 1m, 1m, 0m), ("km²", Dimension.Area, 1000000m, 1m, 0m), ("cm²", Dimension.Area, 1m, 10000m, 0m),
            ("ha", Dimension.Area, 10000m, 1m, 0m), ("ft²", Dimension.Area, 0.09290304m, 1m, 0m), ("mi²", Dimension.Area, 2589988.110336m, 1m, 0m),
            ("acre", Dimension.Area, 4046.8564224m, 1m, 0m),
            ("m³", Dimension.Volume, 1m, 1m, 0m), ("L", Dimension.Volume, 1m, 1000m, 0m), ("mL", Dimension.Volume, 1m, 1000000m, 0m),
            ("ft³", Dimension.Volume, 0.028316846592m, 1m, 0m), ("in³", Dimension.Volume, 0.000016387064m, 1m, 0m), ("gal", Dimension.Volume, 0.003785411784m, 1m, 0m),
            ("K", Dimension.Temperature, 1m, 1m, 0m), ("°C", Dimension.Temperature, 1m, 1m, 273.15m), ("°F", Dimension.Temperature, 5m, 9m, 459.67m),
        };

        /// <summary>Every unit symbol, for listing or validating user input.</summary>
        public static global::System.Collections.Generic.IEnumerable<string> Symbols
        {
            get
            {
                foreach (var unit in s_units)
                {
                    yield return unit.Symbol;
                }
            }
        }

        /// <summary>What a unit measures (<c>"lb"</c> is <see cref="Dimension.Mass"/>), or null for an unknown symbol.</summary>
        public static Dimension? DimensionOf(string unit) => IndexOf(unit) is var i && i >= 0 ? s_units[i].Dimension : null;

        /// <summary>Converts an amount between two units of one dimension: <c>Convert(47, "lb", "kg")</c> is 21.31884139.</summary>
        /// <exception cref="global::System.ArgumentException">A unit is unknown, or the two measure different things.</exception>
        public static decimal Convert(decimal amount, string from, string to)
        {
            var source = IndexOf(from);
            var target = IndexOf(to);
            if (source < 0 || target < 0)
            {
                throw new global::System.ArgumentException("'" + (source < 0 ? from : to) + "' is not a unit symbol of LeonovData.", source < 0 ? nameof(from) : nameof(to));
            }

            var (_, dimension, numerator, denominator, offset) = s_units[source];
            var (_, targetDimension, targetNumerator, targetDenominator, targetOffset) = s_units[target];
            if (dimension != targetDimension)
            {
                throw new global::System.ArgumentException("'" + from + "' measures " + dimension + ", '" + to + "' " + targetDimension + ".", nameof(to));
            }

            var inBase = (amount + offset) * numerator / denominator;
            return (inBase * targetDenominator / targetNumerator) - targetOffset;
        }

        private static int IndexOf(string unit)
        {
            for (var i = 0; i < s_units.Length; i++)
            {
                if (s_units[i].Symbol == unit)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>A mass as stated ("47 pounds" is 47 lb), convertible to any unit of mass.</summary>
    public readonly struct Mass : global::System.IEquatable<Mass>, IMeasure
    {
        /// <summary>Creates a mass.</summary>
        public Mass(decimal amount, string unit, int scale, Comparator comparator = Comparator.Exact) => Stated = new Quantity(amount, unit, scale, comparator);

        /// <inheritdoc/>
        public Quantity Stated { get; }

        /// <inheritdoc/>
        public Dimension Dimension => Dimension.Mass;

        /// <summary>The mass in kilograms.</summary>
        public decimal InKilograms => In("kg");

        /// <summary>The mass in another unit of mass: <c>kg g mg t lb oz</c>.</summary>
        public decimal In(string unit) => Units.Convert(Stated.Amount, Stated.Unit, unit);

        /// <inheritdoc/>
        public bool Equals(Mass other) => Stated.Equals(other.Stated);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Mass other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Stated.GetHashCode();

        /// <summary>The normalised form: <c>21.3 kg</c>.</summary>
        public override string ToString() => Stated.ToString();
    }

    /// <summary>A speed as stated ("25,000 miles per hour" is 25000 mph), convertible to any unit of speed.</summary>
    public readonly struct Speed : global::System.IEquatable<Speed>, IMeasure
    {
        /// <summary>Creates a speed.</summary>
        public Speed(decimal amount, string unit, int scale, Comparator comparator = Comparator.Exact) => Stated = new Quantity(amount, unit, scale, comparator);

        /// <inheritdoc/>
        public Quantity Stated { get; }

        /// <inheritdoc/>
        public Dimension Dimension => Dimension.Speed;

        /// <summary>The speed in metres per second.</summary>
        public decimal InMetresPerSecond => In("m/s");

        /// <summary>The speed in another unit of speed: <c>m/s km/s km/h mph ft/s kn</c>.</summary>
        public decimal In(string unit) => Units.Convert(Stated.Amount, Stated.Unit, unit);

        /// <inheritdoc/>
        public bool Equals(Speed other) => Stated.Equals(other.Stated);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Speed other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Stated.GetHashCode();

        /// <summary>The normalised form: <c>25000 mph</c>.</summary>
        public override string ToString() => Stated.ToString();
    }

    /// <summary>An area as stated ("1,500 square feet" is 1500 ft²), convertible to any unit of area.</summary>
    public readonly struct Area : global::System.IEquatable<Area>, IMeasure
    {
        /// <summary>Creates an area.</summary>
        public Area(decimal amount, string unit, int scale, Comparator comparator = Comparator.Exact) => Stated = new Quantity(amount, unit, scale, comparator);

        /// <inheritdoc/>
        public Quantity Stated { get; }

        /// <inheritdoc/>
        public Dimension Dimension => Dimension.Area;

        /// <summary>The area in square metres.</summary>
        public decimal InSquareMetres => In("m²");

        /// <summary>The area in another unit of area: <c>m² km² cm² ha ft² mi² acre</c>.</summary>
        public decimal In(string unit) => Units.Convert(Stated.Amount, Stated.Unit, unit);

        /// <inheritdoc/>
        public bool Equals(Area other) => Stated.Equals(other.Stated);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Area other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Stated.GetHashCode();

        /// <summary>The normalised form: <c>1500 ft²</c>.</summary>
        public override string ToString() => Stated.ToString();
    }

    /// <summary>A volume as stated ("5 litres" is 5 L), convertible to any unit of volume.</summary>
    public readonly struct Volume : global::System.IEquatable<Volume>, IMeasure
    {
        /// <summary>Creates a volume.</summary>
        public Volume(decimal amount, string unit, int scale, Comparator comparator = Comparator.Exact) => Stated = new Quantity(amount, unit, scale, comparator);

        /// <inheritdoc/>
        public Quantity Stated { get; }

        /// <inheritdoc/>
        public Dimension Dimension => Dimension.Volume;

        /// <summary>The volume in cubic metres.</summary>
        public decimal InCubicMetres => In("m³");

        /// <summary>The volume in another unit of volume: <c>m³ L mL ft³ in³ gal</c>.</summary>
        public decimal In(string unit) => Units.Convert(Stated.Amount, Stated.Unit, unit);

        /// <inheritdoc/>
        public bool Equals(Volume other) => Stated.Equals(other.Stated);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Volume other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Stated.GetHashCode();

        /// <summary>The normalised form: <c>5 L</c>.</summary>
        public override string ToString() => Stated.ToString();
    }

    /// <summary>A temperature as stated ("250 degrees Fahrenheit" is 250 °F), convertible to any unit of temperature.</summary>
    public readonly struct Temperature : global::System.IEquatable<Temperature>, IMeasure
    {
        /// <summary>Creates a temperature.</summary>
        public Temperature(decimal amount, string unit, int scale, Comparator comparator = Comparator.Exact) => Stated = new Quantity(amount, unit, scale, comparator);

        /// <inheritdoc/>
        public Quantity Stated { get; }

        /// <inheritdoc/>
        public Dimension Dimension => Dimension.Temperature;

        /// <summary>The temperature in kelvins.</summary>
        public decimal InKelvins => In("K");

        /// <summary>The temperature in degrees Celsius.</summary>
        public decimal InCelsius => In("°C");

        /// <summary>The temperature in another unit of temperature: <c>K °C °F</c>.</summary>
        public decimal In(string unit) => Units.Convert(Stated.Amount, Stated.Unit, unit);

        /// <inheritdoc/>
        public bool Equals(Temperature other) => Stated.Equals(other.Stated);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Temperature other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Stated.GetHashCode();

        /// <summary>The normalised form: <c>-40 °C</c>.</summary>
        public override string ToString() => Stated.ToString();
    }
}
