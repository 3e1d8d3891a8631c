namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

public sealed class LengthTests
{
    [Theory]
    [InlineData("4.8-metre", "4.8 m", "0.1", Comparator.Exact)]
    [InlineData("4.8 metres", "4.8 m", "0.1", Comparator.Exact)]
    [InlineData("4.8 m", "4.8 m", "0.1", Comparator.Exact)]
    [InlineData("4.8m", "4.8 m", "0.1", Comparator.Exact)]
    [InlineData("16 ft", "16 ft", "1", Comparator.Exact)]
    [InlineData("16 ft.", "16 ft", "1", Comparator.Exact)]
    [InlineData("16 feet", "16 ft", "1", Comparator.Exact)]
    [InlineData("16-foot", "16 ft", "1", Comparator.Exact)]
    [InlineData("1 foot", "1 ft", "1", Comparator.Exact)]
    [InlineData("almost 500 kilometres", "500 km", "1", Comparator.LessThan)]
    [InlineData("500 km", "500 km", "1", Comparator.Exact)]
    [InlineData("310 miles", "310 mi", "1", Comparator.Exact)]
    [InlineData("1 mile", "1 mi", "1", Comparator.Exact)]
    [InlineData("a mile", "1 mi", "1", Comparator.Exact)]
    [InlineData("5 kilometre", "5 km", "1", Comparator.Exact)]
    [InlineData("5 kilometers", "5 km", "1", Comparator.Exact)]
    [InlineData("5 meter", "5 m", "1", Comparator.Exact)]
    [InlineData("5 meters", "5 m", "1", Comparator.Exact)]
    [InlineData("5 Metres", "5 m", "1", Comparator.Exact)]
    [InlineData("4.80 m", "4.80 m", "0.01", Comparator.Exact)]
    [InlineData("0.005 km", "0.005 km", "0.001", Comparator.Exact)]
    [InlineData("1,000 km", "1000 km", "1", Comparator.Exact)]
    [InlineData("five hundred kilometres", "500 km", "1", Comparator.Exact)]
    [InlineData("about 12 inches", "12 in", "1", Comparator.Approximately)]
    [InlineData("more than 100 yards", "100 yd", "1", Comparator.GreaterThan)]
    [InlineData("30 cm", "30 cm", "1", Comparator.Exact)]
    [InlineData("2 millimetres", "2 mm", "1", Comparator.Exact)]
    [InlineData("0 m", "0 m", "1", Comparator.Exact)]
    [InlineData("1.000 km", "1.000 km", "0.001", Comparator.Exact)]
    [InlineData("4.8metres", "4.8 m", "0.1", Comparator.Exact)]
    public void Reads_surface_forms(string text, string normalized, string precision, object comparator)
    {
        var value = Assert.IsType<Quantity>(Read.Text(ValueKind.Length, text));
        Assert.Equal(normalized, value.Normalized);
        Assert.Equal(precision, value.Precision);
        Assert.Equal((Comparator)comparator, value.Comparator);
        Assert.Equal(ValueKind.Length, value.Kind);
    }

    [Fact]
    public void Keeps_amount_unit_and_scale()
    {
        Assert.Equal(new Quantity(4.8m, "m", 1, Comparator.Exact), Read.Text(ValueKind.Length, "4.8-metre"));
        Assert.Equal(new Quantity(500m, "km", 0, Comparator.LessThan), Read.Text(ValueKind.Length, "almost 500 kilometres"));
    }

    [Theory]
    [InlineData("4.8-metres", "after a hyphen the unit is singular; write '4.8-metre'")]
    [InlineData("4.8-m", "after a hyphen write the unit as a singular word ('4.8-metre')")]
    [InlineData("a miles", "write 'a mile'")]
    [InlineData("4.8 parsecs", "'parsecs' is not a unit of length", "kilometres (km)")]
    [InlineData("4.8 kilometrs", "did you mean 'kilometres'?")]
    [InlineData("500 KM", "unit symbols are lower-case ('km')")]
    [InlineData("500", "there is no unit after '500'")]
    [InlineData("99999999999999999999 km", "too large")]
    [InlineData("-5 m", "expected a number, found '-'")]
    [InlineData("4,8 m", "expected a unit of length, found ','")]
    [InlineData("4.8 m long", "unexpected 'long'")]
    [InlineData("16 ft 4 in", "unexpected '4'")]
    [InlineData(".5 m", "expected a number, found '.'")]
    [InlineData("a third of a mile", "no amount in decimals")]
    [InlineData("16 lb", "'lb' is a unit of mass, not of length", "annotate the span as .mass")]
    [InlineData("almost", "there is no amount")]
    [InlineData("", "empty")]
    public void Rejects_near_misses_with_a_helpful_message(string text, params string[] fragments)
    {
        Read.Contains(Read.Error(ValueKind.Length, text), fragments);
    }

    [Theory]
    [InlineData("4.8 m", 4.8, "m", 1)]
    [InlineData("500 km", 500, "km", 0)]
    [InlineData("16 ft", 16, "ft", 0)]
    [InlineData("310 mi", 310, "mi", 0)]
    [InlineData("4.80 m", 4.8, "m", 2)]
    public void Reads_the_v_form(string v, double amount, string unit, int scale)
    {
        var value = Assert.IsType<Quantity>(Read.Normalized(ValueKind.Length, v));
        Assert.Equal(new Quantity((decimal)amount, unit, scale, Comparator.Exact), value);
        Assert.Equal(v, value.Normalized);
    }

    [Theory]
    [InlineData("4.8m", "a space")]
    [InlineData("4.8 metres", "use the unit symbol 'm'")]
    [InlineData("4.8 KM", "lower-case")]
    [InlineData("4,8 m", "is not an amount")]
    [InlineData("1,000 km", "is not an amount")]
    [InlineData("-4.8 m", "is not an amount")]
    [InlineData("4.8  m", "a space")]
    [InlineData(" 4.8 m", "a space")]
    [InlineData("4.8 ", "a space")]
    [InlineData("99999999999999999999 km", "too large")]
    [InlineData("", "a space")]
    public void Rejects_malformed_v_forms(string v, string fragment)
    {
        Read.Contains(Read.NormalizedError(ValueKind.Length, v), fragment);
    }

    [Theory]
    [InlineData("16 ft", "4.8768")]
    [InlineData("1 mi", "1609.344")]
    [InlineData("500 km", "500000")]
    [InlineData("4.8 m", "4.8")]
    [InlineData("12 in", "0.3048")]
    public void Converts_to_metres_exactly(string v, string metres)
    {
        var value = (Quantity)Read.Normalized(ValueKind.Length, v);
        Assert.Equal(decimal.Parse(metres, System.Globalization.CultureInfo.InvariantCulture), value.InBaseUnit);
    }

    [Theory]
    [InlineData("16 ft", "4.8 m", true)]
    [InlineData("310 mi", "500 km", true)]
    [InlineData("311 mi", "500 km", true)]
    [InlineData("312 mi", "500 km", false)]
    [InlineData("10 ft", "4.8 m", false)]
    [InlineData("17 ft", "4.8 m", false)]
    [InlineData("16 ft", "5 m", true)]
    [InlineData("1 mi", "1.5 km", true)]
    [InlineData("1.00 mi", "1.5 km", false)]
    [InlineData("1.00 mi", "1.61 km", true)]
    [InlineData("4.8 m", "4.8 m", true)]
    public void AgreesAsConversionOf_allows_half_a_unit_of_the_last_digit_of_each(string a, string b, bool agrees)
    {
        var left = (Quantity)Read.Normalized(ValueKind.Length, a);
        var right = (Quantity)Read.Normalized(ValueKind.Length, b);
        Assert.Equal(agrees, left.AgreesAsConversionOf(right));
        Assert.Equal(agrees, right.AgreesAsConversionOf(left));
    }

    [Fact]
    public void Hand_built_quantities_never_throw()
    {
        var huge = new Quantity(decimal.MaxValue, "mi", 40, Comparator.Exact);
        var unknown = new Quantity(1m, "parsec", -3, Comparator.Exact);
        Assert.False(huge.AgreesAsConversionOf(unknown));
        Assert.True(huge.AgreesAsConversionOf(huge));
        Assert.Equal(0m, unknown.InBaseUnit);
        Assert.Equal("1", unknown.Precision);
        Assert.NotEmpty(huge.Normalized);
    }
}
