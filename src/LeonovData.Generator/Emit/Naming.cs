using System;
using System.Collections.Generic;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Emit;

/// <summary>Maps schema types to C# types and ids to unique, valid member names.</summary>
internal sealed class Naming
{
    // Every list includes what the type inherits from object (and a record synthesizes): a member of
    // the same name would hide it, a warning that fails a build with warnings as errors.
    private static readonly HashSet<string> s_entityMembers = new(StringComparer.Ordinal)
    {
        "Kind", "Id", "Name", "Names", "Citation", "Statements", "Equals", "GetHashCode", "ToString", "EqualityContract", "GetType", "One", "Many", "ValuesOf",
        "MemberwiseClone", "PrintMembers",
    };

    private static readonly HashSet<string> s_factMembers = new(StringComparer.Ordinal)
    {
        "Value", "Statement", "Rank", "Citation", "Citations", "Qualifiers", "Equals", "GetHashCode", "ToString", "GetType", "Qualifier", "QualifierValues",
        "MemberwiseClone",
    };

    private static readonly HashSet<string> s_catalogueMembers = new(StringComparer.Ordinal)
    {
        "All", "Get", "Ids", "Names", "Years", "Create", "AllArray", "Equals", "ReferenceEquals", "GetHashCode", "ToString", "GetType", "MemberwiseClone",
    };

    private readonly SchemaModel _schema;

    public Naming(SchemaModel schema, string ns)
    {
        _schema = schema;
        Ns = ns;
    }

    /// <summary>The namespace, <c>global::</c>-qualified for use in generated code.</summary>
    public string Ns { get; }

    public bool IsEntityType(string type) => _schema.Kind(type) is not null;

    /// <summary>The C# type of a schema type, and whether it is a value type (needs '?' to be optional).</summary>
    public (string Type, bool IsStruct) ClrType(string schemaType) => schemaType switch
    {
        "date" => ($"{Ns}.PartialDate", true),
        "interval" => ($"{Ns}.DateInterval", true),
        "duration" => ($"{Ns}.Duration", true),
        "length" => ($"{Ns}.Quantity", true),
        "age" or "count" or "ordinal" => ("int", true),
        "name" => ("string", false),
        _ => ($"{Ns}.{_schema.Kind(schemaType)!.TypeName}", false),
    };

    /// <summary>The lambda that turns a stored statement value into the C# type.</summary>
    public string Converter(string schemaType)
    {
        var kind = _schema.Kind(schemaType);
        return kind is not null
            ? $"static v => {Ns}.{kind.CatalogueName}.Get((({Ns}.EntityRef)v).Id)!"
            : $"static v => ({ClrType(schemaType).Type})v";
    }

    /// <summary>A record of this name would declare a member of its own name (CS0542).</summary>
    public static bool IsEntityMember(string name) => s_entityMembers.Contains(name);

    /// <summary>A catalogue of this name would declare a member of its own name (CS0542).</summary>
    public static bool IsCatalogueMember(string name) => s_catalogueMembers.Contains(name);

    public static string EntityMember(PropertySpec property, string typeName) => Safe(property.MemberName, typeName, s_entityMembers);

    public static string FactMember(PropertySpec property, string typeName) =>
        Safe(Identifiers.Pascal(property.Id) + (property.Many ? "Facts" : "Fact"), typeName, s_entityMembers);

    public static string QualifierMember(PropertySpec qualifier) => Safe(qualifier.MemberName, "Fact", s_factMembers);

    /// <summary>Unique member names for the entities of one catalogue, in the given order.</summary>
    public static List<string> EntityNames(IEnumerable<string> ids, string catalogueName)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var id in ids)
        {
            var name = Safe(Identifiers.Pascal(id), catalogueName, s_catalogueMembers);
            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names.Add(unique);
        }

        return names;
    }

    private static string Safe(string name, string enclosingType, HashSet<string> reserved)
    {
        var identifier = Identifiers.Escape(name.Length == 0 ? "_" : name);
        return reserved.Contains(identifier) || identifier == enclosingType ? identifier + "Value" : identifier;
    }
}
