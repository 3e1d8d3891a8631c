using LeonovData.Generator.Model;

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

/// <summary>One attribute of a <c>{...}</c> block, with where it stands and where its value stands.</summary>
/// <remarks>
/// A struct stored inline in its block's array: an object per attribute, and a reference to it,
/// was a sixth of what parsing a corpus allocated. A lookup such as <c>block.Pair("p")</c> therefore
/// answers a <see cref="System.Nullable{T}"/>; read the attribute with <c>.Value</c>, not to be
/// confused with the attribute's own <see cref="Value"/> (<c>block.Pair("p")?.Value</c> is the
/// attribute's value, lifted).
/// </remarks>
/// <param name="ValueOffset">Where the value starts, counted from the attribute's start.</param>
/// <param name="ValueLength">The value's length as written (without quotes, escapes as written).</param>
internal readonly record struct AttributeNode(AttributeForm Form, string Name, string Value, LinePlace Place, int ValueOffset, int ValueLength)
{
    /// <summary>Where the attribute stands.</summary>
    public LocationInfo Location => Place.ToLocation();

    /// <summary>Where its value stands.</summary>
    public LocationInfo ValueLocation => Place.Part(ValueOffset, ValueLength);
}
