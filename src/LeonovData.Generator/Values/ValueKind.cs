namespace LeonovData.Generator.Values;

/// <summary>The value kinds a span can be typed with (<c>.date</c>, <c>.interval</c> …).</summary>
internal enum ValueKind
{
    Date,
    Interval,
    Duration,
    Length,
    Age,
    Count,
    Ordinal,
    Name,
}
