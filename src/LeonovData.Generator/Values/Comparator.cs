namespace LeonovData.Generator.Values;

/// <summary>How a stated amount relates to the true one ("almost 500 kilometres" is <see cref="LessThan"/>).</summary>
/// <remarks>The annotation spelling (<c>cmp=lt|le|gt|ge|ca</c>) is handled by <see cref="ComparatorSpelling"/>.</remarks>
internal enum Comparator
{
    Exact,
    LessThan,
    AtMost,
    GreaterThan,
    AtLeast,
    Approximately,
}
