namespace LeonovData.Generator.Syntax;

/// <summary>A byte: it sits in every attribute, of which a corpus has hundreds of thousands.</summary>
internal enum AttributeForm : byte
{
    /// <summary><c>.kind</c></summary>
    Class,

    /// <summary><c>#id</c></summary>
    Id,

    /// <summary><c>key=value</c> or <c>key="quoted value"</c></summary>
    Pair,
}

/// <summary>One attribute of a <c>{...}</c> block, and where it and its value stand in the block.</summary>
/// <remarks>
/// <para>
/// A struct stored inline in its block's array: an object per attribute, and a reference to it,
/// was a sixth of what parsing a corpus allocated. A lookup such as <c>block.Pair("p")</c> therefore
/// answers a <see cref="System.Nullable{T}"/>; read the attribute with a pattern
/// (<c>block.Pair("p") is { } p</c>), lest Nullable's <c>.Value</c> be taken for the attribute's own
/// <see cref="Value"/> (<c>block.Pair("p")?.Value</c> is the attribute's value, lifted).
/// </para>
/// <para>
/// Its places are counted from its block's start, and its location is asked of the block
/// (<see cref="AttributeBlock.LocationOf"/>): a block stands on one line, so the block's file, line
/// and column place every attribute in it, and an attribute need not carry them too.
/// </para>
/// </remarks>
/// <param name="Offset">Where the attribute starts, counted from its block's <c>{</c>.</param>
/// <param name="ValueOffset">Where the value starts, counted from the attribute's start.</param>
/// <param name="ValueLength">The value's length as written (without quotes, escapes as written).</param>
/// <param name="Quoted">The value is quoted: the attribute ends one past it, at its closing quote.</param>
internal readonly record struct AttributeNode(AttributeForm Form, string Name, string Value, int Offset, int ValueOffset, int ValueLength, bool Quoted = false)
{
    /// <summary>The attribute's length as written: up to the end of its value, and its closing quote.</summary>
    public int Length => ValueOffset + ValueLength + (Quoted ? 1 : 0);
}
