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
/// <param name="FilePath">The file it stands in.</param>
/// <param name="Start">Where it starts in the file.</param>
/// <param name="Length">Its length as written.</param>
/// <param name="Line">Its line, zero-based: an attribute never spans a line (a block closes on its line).</param>
/// <param name="Column">The column it starts at, zero-based.</param>
/// <param name="ValueOffset">Where the value starts, counted from the attribute's start.</param>
/// <param name="ValueLength">The value's length as written (without quotes, escapes as written).</param>
/// <remarks>
/// Its place is kept as numbers, and <see cref="Location"/> and <see cref="ValueLocation"/> are made
/// when asked (a diagnostic, a declaration, a qualifier's target): a corpus has hundreds of thousands
/// of attributes, and an object for each one's place was a quarter of what parsing allocated.
/// </remarks>
internal sealed record AttributeNode(AttributeForm Form, string Name, string Value, string FilePath, int Start, int Length, int Line, int Column, int ValueOffset, int ValueLength)
{
    /// <summary>Where the attribute stands.</summary>
    public LocationInfo Location => At(0, Length);

    /// <summary>Where its value stands.</summary>
    public LocationInfo ValueLocation => At(ValueOffset, ValueLength);

    private LocationInfo At(int offset, int length) => new(FilePath, Start + offset, length, Line, Column + offset, Line, Column + offset + length);
}
