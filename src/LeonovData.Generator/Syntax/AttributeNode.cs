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
internal sealed record AttributeNode(AttributeForm Form, string Name, string Value, LocationInfo Location, LocationInfo ValueLocation);
