using System.Globalization;

namespace LeonovData.Generator.Values;

/// <summary>A length as stated: amount, unit symbol ("m", "km", "ft", "mi"), the number of decimal
/// places written (<see cref="Scale"/>: "4.8" has 1) and the hedge of the text.</summary>
internal sealed record Quantity(decimal Amount, string Unit, int Scale, Comparator Comparator) : Value
{
    // Beyond this the scale says nothing a document can mean, and decimal formatting stays cheap.
    private const int MaxScale = 28;

    public override ValueKind Kind => ValueKind.Length;

    public override string Normalized =>
        Amount.ToString("F" + ClampedScale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        + " " + Unit;

    /// <summary>The resolution of the last stated digit: "1" for "500 km", "0.1" for "4.8 m".</summary>
    public override string? Precision =>
        ClampedScale == 0 ? "1" : "0." + new string('0', ClampedScale - 1) + "1";

    /// <summary>The amount in metres; 0 for a unit outside the grammar (which no parser produces).</summary>
    public decimal InMetres => LengthUnits.ToMetres(Amount, Unit);

    /// <summary>True when the two lengths can be the same length written in two units: they differ
    /// by no more than half a unit of the last stated digit of each (16 ft and 4.8 m agree;
    /// 310 mi and 500 km agree; 10 ft and 4.8 m do not). Comparators are ignored: a conversion
    /// repeats its neighbour's hedge.</summary>
    public bool AgreesAsConversionOf(Quantity other)
    {
        if (!LengthUnits.IsKnownSymbol(Unit) || !LengthUnits.IsKnownSymbol(other.Unit))
        {
            return false;
        }

        var difference = InMetres - other.InMetres;
        if (difference < 0)
        {
            difference = -difference;
        }

        return difference <= HalfResolutionInMetres + other.HalfResolutionInMetres;
    }

    /// <summary>Half a unit of the last stated digit, in the quantity's own unit.</summary>
    internal decimal HalfResolution => 0.5m * Resolution(ClampedScale);

    private decimal HalfResolutionInMetres => LengthUnits.ToMetres(HalfResolution, Unit);

    private int ClampedScale => Scale < 0 ? 0 : Scale > MaxScale ? MaxScale : Scale;

    private static decimal Resolution(int scale)
    {
        var resolution = 1m;
        for (var i = 0; i < scale; i++)
        {
            resolution /= 10m;
        }

        return resolution;
    }
}
