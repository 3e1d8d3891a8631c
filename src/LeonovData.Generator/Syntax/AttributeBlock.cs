using System;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>A parsed <c>{...}</c> block: its attributes in written order.</summary>
/// <param name="HasErrors">
/// Some attribute was malformed (and reported). The binder then states nothing from the block: a
/// statement built from what is left of it would be wrong, and its errors would bury the real one.
/// </param>
/// <remarks>A struct held inside its span: one object fewer for every span of a corpus.</remarks>
internal readonly record struct AttributeBlock(EquatableArray<AttributeNode> Attributes, LinePlace Place, bool HasErrors = false)
{
    /// <summary>Where the block stands, from its <c>{</c> to its <c>}</c>.</summary>
    public LocationInfo Location => Place.ToLocation();

    /// <summary>Where <paramref name="attribute"/>, one of the block's, stands.</summary>
    public LocationInfo LocationOf(AttributeNode attribute) => Place.Part(attribute.Offset, attribute.Length);

    /// <summary>Where the value of <paramref name="attribute"/>, one of the block's, stands.</summary>
    public LocationInfo ValueLocationOf(AttributeNode attribute) => Place.Part(attribute.Offset + attribute.ValueOffset, attribute.ValueLength);

    public AttributeNode? Find(AttributeForm form, string? name = null)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Form == form && (name is null || string.Equals(attribute.Name, name, StringComparison.Ordinal)))
            {
                return attribute;
            }
        }

        return null;
    }

    public AttributeNode? Pair(string key) => Find(AttributeForm.Pair, key);

    public AttributeNode? Id => Find(AttributeForm.Id);

    public bool HasClass(string name) => Find(AttributeForm.Class, name) is not null;
}
