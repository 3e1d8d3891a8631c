namespace LeonovData.Generator.Values;

/// <summary>The finest calendar unit a <see cref="PartialDate"/> states.</summary>
internal enum DatePrecision
{
    Year,
    Month,
    Day,
}
