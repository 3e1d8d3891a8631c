using System;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>A parsed <c>{...}</c> block: its attributes in written order.</summary>
internal sealed record AttributeBlock(EquatableArray<AttributeNode> Attributes, LocationInfo Location)
{
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
