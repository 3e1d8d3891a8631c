namespace LeonovData.Generator.Values;

/// <summary>The smallest unit a duration states; declared from coarsest to finest so that comparing
/// two units compares their precision.</summary>
internal enum DurationUnit
{
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
}
