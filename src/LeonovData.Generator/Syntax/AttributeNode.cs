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
internal sealed record AttributeNode(AttributeForm Form, string Name, string Value, LinePlace Place, int ValueOffset, int ValueLength)
{
    /// <summary>Where the attribute stands.</summary>
    public LocationInfo Location => Place.ToLocation();

    /// <summary>Where its value stands.</summary>
    public LocationInfo ValueLocation => Place.Part(ValueOffset, ValueLength);
}
