namespace LeonovData.Generator.Values;

/// <summary>A whole number read as an <see cref="ValueKind.Age"/>, a <see cref="ValueKind.Count"/>
/// or an <see cref="ValueKind.Ordinal"/> ("aged 85", "twice", "eleventh").</summary>
internal sealed record IntegerValue(ValueKind Kind, int Number, Comparator Comparator) : Value
{
    public override ValueKind Kind { get; } = Kind;

    public override string Normalized => Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string? Precision => null;
}
