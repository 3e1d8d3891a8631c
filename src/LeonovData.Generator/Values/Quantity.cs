using System.Globalization;

namespace LeonovData.Generator.Values;

/// <summary>A measured amount as stated: amount, unit symbol ("m", "kg", "km/h", "m²", "L", "°C"),
/// the number of decimal places written (<see cref="Scale"/>: "4.8" has 1) and the hedge of the
/// text. Its kind (length, mass, speed, area, volume, temperature) is its unit's.</summary>
internal sealed record Quantity(decimal Amount, string Unit, int Scale, Comparator Comparator) : Value
{
    // Beyond this the scale says nothing a document can mean, and decimal formatting stays cheap.
    private const int MaxScale = 28;

    public override ValueKind Kind => Units.OfSymbol(Unit)?.Kind ?? ValueKind.Length;

    public override string Normalized =>
        Amount.ToString("F" + ClampedScale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        + " " + Unit;

    /// <summary>The resolution of the last stated digit: "1" for "500 km", "0.1" for "4.8 m".</summary>
    public override string? Precision =>
        ClampedScale == 0 ? "1" : "0." + new string('0', ClampedScale - 1) + "1";

    /// <summary>The amount in its kind's SI unit (m, kg, m/s, m², m³, K); 0 for a unit outside the
    /// grammar (which no parser produces).</summary>
    public decimal InBaseUnit => Units.OfSymbol(Unit) is { } unit ? Units.ToBase(Amount, unit) : 0m;

    /// <summary>True when the two amounts can be the same amount written in two units of one kind:
    /// they differ by no more than half a unit of the last stated digit of each (16 ft and 4.8 m
    /// agree; 47 lb and 21.3 kg agree; 10 ft and 4.8 m do not). Comparators are ignored: a
    /// conversion repeats its neighbour's hedge.</summary>
    public bool AgreesAsConversionOf(Quantity other)
    {
        if (Units.OfSymbol(Unit) is not { } unit || Units.OfSymbol(other.Unit) is not { } otherUnit || unit.Kind != otherUnit.Kind)
        {
            return false;
        }

        var difference = InBaseUnit - other.InBaseUnit;
        if (difference < 0)
        {
            difference = -difference;
        }

        return difference <= Units.DifferenceToBase(HalfResolution, unit) + Units.DifferenceToBase(other.HalfResolution, otherUnit);
    }

    /// <summary>Half a unit of the last stated digit, in the quantity's own unit.</summary>
    internal decimal HalfResolution => 0.5m * Resolution(ClampedScale);

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
