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
/// Read from its document's markup (<see cref="DocumentMarkup"/>), which keeps every attribute in
/// 12 bytes; this is the attribute spelled out, made when a block is read. A lookup such as
/// <c>block.Pair("p")</c> answers a <see cref="System.Nullable{T}"/>; read the attribute with a
/// pattern (<c>block.Pair("p") is { } p</c>), lest Nullable's <c>.Value</c> be taken for the
/// attribute's own <see cref="Value"/> (<c>block.Pair("p")?.Value</c> is the attribute's value, lifted).
/// </para>
/// <para>
/// Its places are counted from its block's start, and its location is asked of the block
/// (<see cref="AttributeBlock.LocationOf"/>): a block stands on one line, so the block's place
/// places every attribute in it.
/// </para>
/// </remarks>
/// <param name="Name">The class, the id, or the key.</param>
/// <param name="Value">The value, escapes resolved; a class's or an id's is its name.</param>
/// <param name="Offset">Where the attribute starts, counted from its block's <c>{</c>.</param>
/// <param name="Length">The attribute's length as written: up to the end of its value, and its closing quote.</param>
/// <param name="IsQuoted">The value is quoted: the attribute ends one past it, at its closing quote.</param>
internal readonly record struct AttributeNode(AttributeForm Form, string Name, string Value, int Offset, int Length, bool IsQuoted = false)
{
    /// <summary>Where the value starts, counted from the attribute's start: after its sigil, or after its key's <c>=</c> and quote.</summary>
    public int ValueOffset => Form == AttributeForm.Pair ? Name.Length + (IsQuoted ? 2 : 1) : 1;

    /// <summary>The value's length as written (without quotes, escapes as written).</summary>
    public int ValueLength => Length - ValueOffset - (IsQuoted ? 1 : 0);
}
