namespace LeonovData.Generator.Values;

/// <summary>A span of time between two partial dates; a null end is open ("since 2015").</summary>
/// <remarks>Normalized in EDTF: <c>1976/1982</c>, <c>2002-12-18/..</c>, <c>../1982</c>.</remarks>
internal sealed record DateInterval(PartialDate? Start, PartialDate? End) : Value
{
    public const string OpenEnd = "..";

    public override ValueKind Kind => ValueKind.Interval;

    public override string Normalized => (Start?.Normalized ?? OpenEnd) + "/" + (End?.Normalized ?? OpenEnd);

    /// <summary>The precision of the start, or of the end when the start is open.</summary>
    public override string? Precision => Start?.Precision ?? End?.Precision;
}
