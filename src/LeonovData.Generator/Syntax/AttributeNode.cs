using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

internal enum AttributeForm
{
    /// <summary><c>.kind</c></summary>
    Class,

    /// <summary><c>#id</c></summary>
    Id,

    /// <summary><c>key=value</c> or <c>key="quoted value"</c></summary>
    Pair,
}

/// <summary>One attribute of a <c>{...}</c> block, with where it stands and where its value stands.</summary>
/// <param name="ValueOffset">Where the value starts, counted from the attribute's start.</param>
/// <param name="ValueLength">The value's length as written (without quotes, escapes as written).</param>
internal sealed record AttributeNode(AttributeForm Form, string Name, string Value, LocationInfo Location, int ValueOffset, int ValueLength)
{
    /// <summary>
    /// Where the value stands. An attribute never spans a line (a block closes on its line), so the
    /// value's place follows from the attribute's: made when asked (a diagnostic, a qualifier's
    /// target) rather than stored for each of a corpus's hundreds of thousands of attributes.
    /// </summary>
    public LocationInfo ValueLocation => new(
        Location.FilePath,
        Location.Start + ValueOffset,
        ValueLength,
        Location.StartLine,
        Location.StartColumn + ValueOffset,
        Location.StartLine,
        Location.StartColumn + ValueOffset + ValueLength);
}
