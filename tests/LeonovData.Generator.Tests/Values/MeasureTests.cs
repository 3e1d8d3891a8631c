namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

/// <summary>Masses, speeds, areas, volumes and temperatures: SI and common imperial units, words and
/// symbols, hedges, fractions, the v= form, and conversions between units of one kind.</summary>
public sealed class MeasureTests
{
    // The enum is internal, so xunit receives kinds by name.
    private static ValueKind Kind(string name) => Assert.IsType<ValueKind>(Enum.Parse(typeof(ValueKind), name, ignoreCase: true));

    [Theory]
    [InlineData("mass", "47 pounds", "47 lb", "1")]
    [InlineData("mass", "21.3 kg", "21.3 kg", "0.1")]
    [InlineData("mass", "47-pound", "47 lb", "1")]
    [InlineData("mass", "about 2 tonnes", "2 t", "1")]
    [InlineData("mass", "3,000 lbs", "3000 lb", "1")]
    [InlineData("mass", "16 oz.", "16 oz", "1")]
    [InlineData("mass", "2½ kilograms", "2.5 kg", "0.1")]
    [InlineData("speed", "25,000 miles per hour", "25000 mph", "1")]
    [InlineData("speed", "11 km/s", "11 km/s", "1")]
    [InlineData("speed", "7.8 m/s", "7.8 m/s", "0.1")]
    [InlineData("speed", "more than 40,000 kilometres per hour", "40000 km/h", "1")]
    [InlineData("speed", "300 knots", "300 kn", "1")]
    [InlineData("speed", "100 kph", "100 km/h", "1")]
    [InlineData("area", "1,500 square feet", "1500 ft²", "1")]
    [InlineData("area", "30 m²", "30 m²", "1")]
    [InlineData("area", "30 m2", "30 m²", "1")]
    [InlineData("area", "2 hectares", "2 ha", "1")]
    [InlineData("area", "an acre", "1 acre", "1")]
    [InlineData("area", "3.5 sq mi", "3.5 mi²", "0.1")]
    [InlineData("volume", "5 litres", "5 L", "1")]
    [InlineData("volume", "5 L", "5 L", "1")]
    [InlineData("volume", "1.5 m³", "1.5 m³", "0.1")]
    [InlineData("volume", "2 US gallons", "2 gal", "1")]
    [InlineData("volume", "200 cubic feet", "200 ft³", "1")]
    [InlineData("temperature", "250 °F", "250 °F", "1")]
    [InlineData("temperature", "250°F", "250 °F", "1")]
    [InlineData("temperature", "-40 °C", "-40 °C", "1")]
    [InlineData("temperature", "\u221240 \u00B0C", "-40 °C", "1")]
    [InlineData("temperature", "minus 40 degrees Celsius", "-40 °C", "1")]
    [InlineData("temperature", "250 degrees Fahrenheit", "250 °F", "1")]
    [InlineData("temperature", "300 K", "300 K", "1")]
    [InlineData("temperature", "about 20 ℃", "20 °C", "1")]
    public void Reads_surface_forms(string kind, string text, string normalized, string precision)
    {
        var value = Assert.IsType<Quantity>(Read.Text(Kind(kind), text));
        Assert.Equal((normalized, precision, Kind(kind)), (value.Normalized, value.Precision, value.Kind));
    }

    [Theory]
    [InlineData("mass", "47 pounds per hour", "unexpected 'per'")]
    [InlineData("mass", "47 km", "'km' is a unit of length, not of mass", ".length")]
    [InlineData("mass", "47 poonds", "did you mean 'pounds'?")]
    [InlineData("mass", "47 KG", "lower-case ('kg')")]
    [InlineData("mass", "-47 kg", "expected a number, found '-'")]
    [InlineData("mass", "47-pounds", "after a hyphen the unit is singular; write '47-pound'")]
    [InlineData("mass", "47-lb", "after a hyphen write the unit as a singular word ('47-pound')")]
    [InlineData("speed", "25,000 miles", "'mi' is a unit of length, not of speed")]
    [InlineData("speed", "11 km / h", "'km' is a unit of length, not of speed")]
    [InlineData("area", "30 m", "'m' is a unit of length, not of area")]
    [InlineData("volume", "5 tons", "'tons' is not a unit of volume")]
    [InlineData("temperature", "40 degrees", "'degrees' is not a unit of temperature")]
    [InlineData("temperature", "40", "there is no unit after '40'")]
    public void Rejects_near_misses(string kind, string text, params string[] fragments) =>
        Read.Contains(Read.Error(Kind(kind), text), fragments);

    [Theory]
    [InlineData("mass", "21.3 kg")]
    [InlineData("speed", "11 km/s")]
    [InlineData("area", "30 m²")]
    [InlineData("area", "1500 ft²")]
    [InlineData("volume", "5 L")]
    [InlineData("temperature", "-40 °C")]
    [InlineData("temperature", "250 °F")]
    public void Reads_the_v_form(string kind, string v) =>
        Assert.Equal(v, Read.Normalized(Kind(kind), v).Normalized);

    [Theory]
    [InlineData("area", "30 m2", "30 m²")]
    [InlineData("volume", "5 l", "5 L")]
    public void The_v_form_takes_ASCII_symbols_and_normalises_them(string kind, string v, string normalized) =>
        Assert.Equal(normalized, Read.Normalized(Kind(kind), v).Normalized);

    [Theory]
    [InlineData("mass", "21.3 km", "'km' is a unit of length, not of mass")]
    [InlineData("mass", "21.3 kilograms", "use the unit symbol 'kg'")]
    [InlineData("mass", "-21.3 kg", "is not an amount")]
    [InlineData("temperature", "40 C", "'C' is not a unit symbol")]
    public void Rejects_malformed_v_forms(string kind, string v, string fragment) =>
        Read.Contains(Read.NormalizedError(Kind(kind), v), fragment);

    [Theory]
    [InlineData("mass", "47 lb", "21.3 kg", true)]
    [InlineData("mass", "47 lb", "21.7 kg", false)]
    [InlineData("mass", "1 t", "2205 lb", true)]
    [InlineData("speed", "25000 mph", "40000 km/h", false)] // 40,234 km/h: the round figure is too far
    [InlineData("speed", "25000 mph", "40234 km/h", true)]
    [InlineData("speed", "11 km/s", "24606 mph", true)]
    [InlineData("speed", "100 km/h", "27.8 m/s", true)]
    [InlineData("area", "1 acre", "0.4 ha", true)]
    [InlineData("area", "1500 ft²", "139 m²", true)]
    [InlineData("volume", "1 gal", "3.8 L", true)]
    [InlineData("volume", "1.00 gal", "4.0 L", false)]
    [InlineData("temperature", "-40 °C", "-40 °F", true)]
    [InlineData("temperature", "100 °C", "212 °F", true)]
    [InlineData("temperature", "100 °C", "373 K", true)]
    [InlineData("temperature", "250 °F", "121 °C", true)]
    [InlineData("temperature", "250 °F", "125 °C", false)]
    public void A_conversion_agrees_within_half_a_unit_of_the_last_digit_of_each(string kind, string a, string b, bool agrees)
    {
        var left = (Quantity)Read.Normalized(Kind(kind), a);
        var right = (Quantity)Read.Normalized(Kind(kind), b);
        Assert.Equal(agrees, left.AgreesAsConversionOf(right));
        Assert.Equal(agrees, right.AgreesAsConversionOf(left));
    }

    [Fact]
    public void Units_of_different_kinds_never_agree()
    {
        Assert.False(new Quantity(1m, "kg", 0, Comparator.Exact).AgreesAsConversionOf(new Quantity(1m, "L", 0, Comparator.Exact)));
    }
}
