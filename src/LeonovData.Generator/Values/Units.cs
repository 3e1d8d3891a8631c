using System;
using System.Collections.Generic;
using System.Linq;

namespace LeonovData.Generator.Values;

/// <summary>
/// The closed set of units of the measured kinds (length, mass, speed, area, volume, temperature):
/// each unit's symbol, the words and symbols text may write it with, and its exact size in the
/// kind's SI unit (m, kg, m/s, m², m³, K).
/// </summary>
/// <remarks>
/// A size is <c>(amount + Offset) × Numerator / Denominator</c>: exact for every unit here, since
/// a km/h is 5/18 m/s (not a decimal) and a °F is (F + 459.67) × 5/9 K. Imperial sizes are the
/// international yard and pound (1959) and the US gallon. The generated runtime's
/// <c>Units</c> holds the same table; a test compares the two unit by unit.
/// </remarks>
internal static class Units
{
    // The parsers cap amounts far below this (Numbers.MaxAmount); the clamp keeps hand-built values
    // from overflowing, and its product with the largest denominator (10^6) stays within decimal.
    private const decimal MaxBase = 1e20m;

    // symbol, kind, size (numerator, denominator, offset), "other, symbols", "singular|plural; singular|plural" words.
    private static readonly Unit[] s_units =
    {
        // Length, in metres.
        new("m", ValueKind.Length, 1m, 1m, 0m, "", "metre|metres; meter|meters"),
        new("km", ValueKind.Length, 1000m, 1m, 0m, "", "kilometre|kilometres; kilometer|kilometers"),
        new("cm", ValueKind.Length, 1m, 100m, 0m, "", "centimetre|centimetres; centimeter|centimeters"),
        new("mm", ValueKind.Length, 1m, 1000m, 0m, "", "millimetre|millimetres; millimeter|millimeters"),
        new("ft", ValueKind.Length, 0.3048m, 1m, 0m, "", "foot|feet"),
        new("in", ValueKind.Length, 0.0254m, 1m, 0m, "", "inch|inches"),
        new("yd", ValueKind.Length, 0.9144m, 1m, 0m, "", "yard|yards"),
        new("mi", ValueKind.Length, 1609.344m, 1m, 0m, "", "mile|miles; statute mile|statute miles"),
        new("nmi", ValueKind.Length, 1852m, 1m, 0m, "", "nautical mile|nautical miles"),

        // Mass, in kilograms.
        new("kg", ValueKind.Mass, 1m, 1m, 0m, "", "kilogram|kilograms; kilogramme|kilogrammes"),
        new("g", ValueKind.Mass, 1m, 1000m, 0m, "", "gram|grams; gramme|grammes"),
        new("mg", ValueKind.Mass, 1m, 1000000m, 0m, "", "milligram|milligrams"),
        new("t", ValueKind.Mass, 1000m, 1m, 0m, "", "tonne|tonnes; metric ton|metric tons"),
        new("lb", ValueKind.Mass, 0.45359237m, 1m, 0m, "lbs", "pound|pounds"),
        new("oz", ValueKind.Mass, 0.028349523125m, 1m, 0m, "", "ounce|ounces"),

        // Speed, in metres per second.
        new("m/s", ValueKind.Speed, 1m, 1m, 0m, "", "metre per second|metres per second; meter per second|meters per second"),
        new("km/s", ValueKind.Speed, 1000m, 1m, 0m, "", "kilometre per second|kilometres per second; kilometer per second|kilometers per second"),
        new("km/h", ValueKind.Speed, 5m, 18m, 0m, "kph", "kilometre per hour|kilometres per hour; kilometer per hour|kilometers per hour"),
        new("mph", ValueKind.Speed, 0.44704m, 1m, 0m, "", "mile per hour|miles per hour"),
        new("ft/s", ValueKind.Speed, 0.3048m, 1m, 0m, "fps", "foot per second|feet per second"),
        new("kn", ValueKind.Speed, 1852m, 3600m, 0m, "kt", "knot|knots"),

        // Area, in square metres.
        new("m²", ValueKind.Area, 1m, 1m, 0m, "m2, sq m", "square metre|square metres; square meter|square meters"),
        new("km²", ValueKind.Area, 1000000m, 1m, 0m, "km2, sq km", "square kilometre|square kilometres; square kilometer|square kilometers"),
        new("cm²", ValueKind.Area, 1m, 10000m, 0m, "cm2, sq cm", "square centimetre|square centimetres; square centimeter|square centimeters"),
        new("ha", ValueKind.Area, 10000m, 1m, 0m, "", "hectare|hectares"),
        new("ft²", ValueKind.Area, 0.09290304m, 1m, 0m, "ft2, sq ft", "square foot|square feet"),
        new("mi²", ValueKind.Area, 2589988.110336m, 1m, 0m, "mi2, sq mi", "square mile|square miles"),
        new("acre", ValueKind.Area, 4046.8564224m, 1m, 0m, "", "acre|acres"),

        // Volume, in cubic metres.
        new("m³", ValueKind.Volume, 1m, 1m, 0m, "m3, cu m", "cubic metre|cubic metres; cubic meter|cubic meters"),
        new("L", ValueKind.Volume, 1m, 1000m, 0m, "l", "litre|litres; liter|liters"),
        new("mL", ValueKind.Volume, 1m, 1000000m, 0m, "ml", "millilitre|millilitres; milliliter|milliliters"),
        new("ft³", ValueKind.Volume, 0.028316846592m, 1m, 0m, "ft3, cu ft", "cubic foot|cubic feet"),
        new("in³", ValueKind.Volume, 0.000016387064m, 1m, 0m, "in3, cu in", "cubic inch|cubic inches"),
        new("gal", ValueKind.Volume, 0.003785411784m, 1m, 0m, "", "gallon|gallons; US gallon|US gallons"),

        // Temperature, in kelvins.
        new("K", ValueKind.Temperature, 1m, 1m, 0m, "", "kelvin|kelvins"),
        new("°C", ValueKind.Temperature, 1m, 1m, 273.15m, "℃", "degree Celsius|degrees Celsius; degree C|degrees C; degree centigrade|degrees centigrade"),
        new("°F", ValueKind.Temperature, 5m, 9m, 459.67m, "℉", "degree Fahrenheit|degrees Fahrenheit; degree F|degrees F"),
    };

    /// <summary>Every spelling, longest first, so "m/s" wins over "m" and "square feet" over nothing.</summary>
    private static readonly Spelling[] s_spellings = BuildSpellings();

    /// <summary>Every unit, in the table's order.</summary>
    public static IReadOnlyList<Unit> All => s_units;

    /// <summary>The unit of a symbol ("kg", "°C"), case-sensitive: "K" is kelvin, "k" nothing.</summary>
    public static Unit? OfSymbol(string symbol)
    {
        foreach (var spelling in s_spellings)
        {
            if (spelling.IsSymbol && string.Equals(spelling.Text, symbol, StringComparison.Ordinal))
            {
                return spelling.Unit;
            }
        }

        return null;
    }

    /// <summary>The longest unit spelling at the cursor, of any kind; moves past it.</summary>
    public static bool TryMatch(Cursor cursor, out Unit unit, out Spelling spelling)
    {
        foreach (var candidate in s_spellings)
        {
            if (Matches(cursor, candidate))
            {
                cursor.Advance(candidate.Tokens.Count);
                unit = candidate.Unit;
                spelling = candidate;
                return true;
            }
        }

        unit = null!;
        spelling = null!;
        return false;
    }

    /// <summary>Unit words of one kind, plurals first, for did-you-mean suggestions.</summary>
    public static string[] WordsOf(ValueKind kind)
    {
        var words = new List<string>();
        foreach (var plural in new[] { true, false })
        {
            foreach (var spelling in s_spellings)
            {
                if (spelling.Unit.Kind == kind && !spelling.IsSymbol && spelling.IsPlural == plural && spelling.Tokens.Count == 1)
                {
                    words.Add(spelling.Text);
                }
            }
        }

        return words.ToArray();
    }

    /// <summary>"metres (m), kilometres (km) …": what a kind's text may write.</summary>
    public static string ListOf(ValueKind kind)
    {
        var parts = new List<string>();
        foreach (var unit in s_units)
        {
            if (unit.Kind == kind)
            {
                parts.Add(unit.PluralWord + " (" + unit.Symbol + ")");
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>The amount in the kind's SI unit, clamped far beyond any stated amount.</summary>
    public static decimal ToBase(decimal amount, Unit unit)
    {
        var limit = MaxBase * unit.Denominator / unit.Numerator;
        var clamped = amount > limit ? limit : amount < -limit ? -limit : amount;
        return (clamped + unit.Offset) * unit.Numerator / unit.Denominator;
    }

    /// <summary>A size difference (a resolution) in the kind's SI unit: offsets do not apply.</summary>
    public static decimal DifferenceToBase(decimal amount, Unit unit) => ToBase(amount, unit) - ToBase(0m, unit);

    private static bool Matches(Cursor cursor, Spelling spelling)
    {
        for (var i = 0; i < spelling.Tokens.Count; i++)
        {
            if (!cursor.Has(i))
            {
                return false;
            }

            var token = cursor.Peek(i);
            var expected = spelling.Tokens[i];
            var same = spelling.IsSymbol
                ? string.Equals(token.Text, expected.Text, StringComparison.Ordinal) && (i == 0 || !token.SpaceBefore || expected.SpaceBefore)
                : string.Equals(token.Text, expected.Text, StringComparison.OrdinalIgnoreCase);
            if (!same || token.Kind != expected.Kind)
            {
                return false;
            }
        }

        return true;
    }

    private static Spelling[] BuildSpellings()
    {
        var spellings = new List<Spelling>();
        foreach (var unit in s_units)
        {
            spellings.AddRange(unit.Spellings);
        }

        // Stable: List.Sort is not, and the table's order breaks ties.
        return spellings.Select(static (s, i) => (s, i)).OrderByDescending(static x => x.s.Tokens.Count).ThenBy(static x => x.i).Select(static x => x.s).ToArray();
    }

    /// <summary>One unit: its symbol (the normalised form), kind and size, and how text writes it.</summary>
    internal sealed class Unit
    {
        public Unit(string symbol, ValueKind kind, decimal numerator, decimal denominator, decimal offset, string otherSymbols, string words)
        {
            Symbol = symbol;
            Kind = kind;
            Numerator = numerator;
            Denominator = denominator;
            Offset = offset;
            var spellings = new List<Spelling> { new(symbol, this, isSymbol: true, isPlural: false) };
            foreach (var other in otherSymbols.Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries))
            {
                spellings.Add(new Spelling(other, this, isSymbol: true, isPlural: false));
            }

            foreach (var pair in words.Split(new[] { "; " }, StringSplitOptions.RemoveEmptyEntries))
            {
                var forms = pair.Split('|');
                spellings.Add(new Spelling(forms[0], this, isSymbol: false, isPlural: false));
                spellings.Add(new Spelling(forms[1], this, isSymbol: false, isPlural: true));
            }

            Spellings = spellings;
            var firstWord = spellings.Find(static s => !s.IsSymbol);
            SingularWord = firstWord?.Text ?? symbol;
            PluralWord = spellings.Find(static s => s.IsPlural)?.Text ?? symbol;
        }

        public string Symbol { get; }

        public ValueKind Kind { get; }

        public decimal Numerator { get; }

        public decimal Denominator { get; }

        public decimal Offset { get; }

        public List<Spelling> Spellings { get; }

        /// <summary>The first singular word ("metre", "pound", "degree Celsius"), for messages and the adjective form.</summary>
        public string SingularWord { get; }

        public string PluralWord { get; }
    }

    /// <summary>One way to write a unit: a symbol ("km/h", "°C"; case-sensitive) or words
    /// ("kilometres per hour"; any case), singular or plural.</summary>
    internal sealed class Spelling
    {
        public Spelling(string text, Unit unit, bool isSymbol, bool isPlural)
        {
            Text = text;
            Unit = unit;
            IsSymbol = isSymbol;
            IsPlural = isPlural;
            Tokens = Tokenizer.TokenizeToKeep(text);
        }

        public string Text { get; }

        public Unit Unit { get; }

        public List<Token> Tokens { get; }

        public bool IsSymbol { get; }

        public bool IsPlural { get; }
    }
}
