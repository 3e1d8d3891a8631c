namespace LeonovData.Generator.Values;

/// <summary>The value kinds a span can be typed with (<c>.date</c>, <c>.interval</c> …). The class
/// and schema type of each is its name in lower case (<see cref="ValueParser.KindNames"/>).</summary>
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
    Datetime,
    Mass,
    Speed,
    Area,
    Volume,
    Temperature,
}
