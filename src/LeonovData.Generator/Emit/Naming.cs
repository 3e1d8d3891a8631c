using System;
using System.Collections.Generic;
using System.Linq;
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
        "Kind", "Id", "Name", "Names", "Citation", "Statements", "Equals", "GetHashCode", "ToString", "EqualityContract", "GetType", "One", "Many", "ValuesOf", "Referrers",
        "MemberwiseClone", "PrintMembers", "FactOf", "FactsOf", "CreateFact",
    };

    private static readonly HashSet<string> s_factMembers = new(StringComparer.Ordinal)
    {
        "Value", "Statement", "Rank", "Citation", "Citations", "Qualifiers", "Equals", "GetHashCode", "ToString", "GetType", "Qualifier", "QualifierValues",
        "MemberwiseClone",
    };

    private static readonly HashSet<string> s_catalogueMembers = new(StringComparer.Ordinal)
    {
        "All", "Get", "Find", "Create", "At", "Catalogue", "Table", "Equals", "ReferenceEquals", "GetHashCode", "ToString", "GetType", "MemberwiseClone",
    };

    private readonly SchemaModel _schema;
    private readonly List<PropertySpec> _qualifiers;

    public Naming(SchemaModel schema, string ns)
    {
        _schema = schema;
        _qualifiers = schema.Properties.Where(static p => p.IsQualifier).ToList();
        Ns = ns;
    }

    /// <summary>The namespace of the generated types, <c>global::</c>-qualified for use in generated code.</summary>
    public string Ns { get; }

    /// <summary>
    /// The namespace of the support types (<c>PartialDate</c>, <c>Fact&lt;T&gt;</c>…), which the
    /// LeonovData.Runtime assembly of the package declares, whatever the generated types' namespace.
    /// </summary>
    public const string Runtime = "global::LeonovData";

    public bool IsEntityType(string type) => _schema.Kind(type) is not null;

    /// <summary>The C# type of a schema type, and whether it is a value type (needs '?' to be optional).</summary>
    public (string Type, bool IsStruct) ClrType(string schemaType) => schemaType switch
    {
        "date" => ($"{Runtime}.PartialDate", true),
        "interval" => ($"{Runtime}.DateInterval", true),
        "duration" => ($"{Runtime}.Duration", true),
        "length" => ($"{Runtime}.Quantity", true),
        "mass" => ($"{Runtime}.Mass", true),
        "speed" => ($"{Runtime}.Speed", true),
        "area" => ($"{Runtime}.Area", true),
        "volume" => ($"{Runtime}.Volume", true),
        "temperature" => ($"{Runtime}.Temperature", true),
        "datetime" => ($"{Runtime}.Instant", true),
        "age" or "count" or "ordinal" => ("int", true),
        "name" => ("string", false),
        _ => ($"{Ns}.{_schema.Kind(schemaType)!.TypeName}", false),
    };

    /// <summary>
    /// The qualifiers <paramref name="property"/> takes (<c>qualifiers=</c>, or every one when the
    /// schema does not say), in the order the schema declares them: its fact type's accessors.
    /// </summary>
    public List<PropertySpec> QualifiersOf(PropertySpec property) =>
        _qualifiers.Where(q => SchemaModel.Takes(property, q.Id)).ToList();

    /// <summary>A record of this name would declare a member of its own name (CS0542).</summary>
    public static bool IsEntityMember(string name) => s_entityMembers.Contains(name);

    /// <summary>A catalogue of this name would declare a member of its own name (CS0542).</summary>
    public static bool IsCatalogueMember(string name) => s_catalogueMembers.Contains(name);

    public static string EntityMember(PropertySpec property, string typeName) => Safe(property.MemberName, typeName, s_entityMembers);

    /// <summary>
    /// The member of a property's facts, named after its values' member (<c>member=</c>) so the two
    /// read as a pair: <c>Born</c>/<c>BornFact</c>, <c>InReserveSince</c>/<c>InReserveSinceFact</c>,
    /// and for many values the singular: <c>Awards</c>/<c>AwardFacts</c>, <c>Children</c>/<c>ChildFacts</c>,
    /// <c>ConferredOn</c>/<c>ConferredOnFacts</c>;
    /// without <c>member=</c>, the id's own name: <c>Follows</c>/<c>FollowsFacts</c>.
    /// </summary>
    public static string FactMember(PropertySpec property, string typeName) =>
        Safe(property.Many ? Stem(property) + "Facts" : property.MemberName + "Fact", typeName, s_entityMembers);

    // A member named by the schema is a plural; without member= the id is used as it is (follows → FollowsFacts).
    private static string Stem(PropertySpec property) =>
        property.MemberName == Identifiers.Pascal(property.Id) ? property.MemberName : Singular(property.MemberName);

    /// <summary>The singular of a plural member name, by the regular English endings; other names as they are.</summary>
    private static string Singular(string plural)
    {
        if (plural.EndsWith("ies", StringComparison.Ordinal) && plural.Length > 3)
        {
            return plural.Substring(0, plural.Length - 3) + "y";
        }

        if (plural.EndsWith("Children", StringComparison.Ordinal) || plural == "children")
        {
            return plural.Substring(0, plural.Length - 3);
        }

        foreach (var ending in new[] { "sses", "shes", "ches", "xes" })
        {
            if (plural.EndsWith(ending, StringComparison.Ordinal))
            {
                return plural.Substring(0, plural.Length - 2);
            }
        }

        return plural.Length > 1 && plural.EndsWith("s", StringComparison.Ordinal) && !plural.EndsWith("ss", StringComparison.Ordinal)
            ? plural.Substring(0, plural.Length - 1)
            : plural;
    }

    /// <summary>
    /// The reverse navigations a kind gets: one per entity-valued property of any kind whose values are
    /// of this kind, named by the schema (<c>inverse=</c>) or after the referring kind and the property
    /// (<c>MissionsByCrew</c> on <c>Person</c>), unique among the kind's own members.
    /// </summary>
    public static List<(PropertySpec Property, string Member)> Inverses(SchemaModel schema, KindSpec kind)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in schema.Properties)
        {
            if (property.Of == kind.Id)
            {
                used.Add(EntityMember(property, kind.TypeName));
                used.Add(FactMember(property, kind.TypeName));
            }
        }

        // Names the schema chose (inverse=, checked unique by SchemaNames) come first, so a derived name
        // gives way to them rather than the other way round.
        var referring = schema.Properties.Where(p => !p.IsQualifier && p.Type == kind.Id && schema.Kind(p.Of!) is not null).ToList();
        foreach (var property in referring)
        {
            if (property.Inverse is { } named)
            {
                used.Add(named);
            }
        }

        var inverses = new List<(PropertySpec, string)>();
        foreach (var property in referring)
        {
            if (property.Inverse is { } named)
            {
                inverses.Add((property, named));
                continue;
            }

            var source = schema.Kind(property.Of!)!;
            var name = Safe(source.CatalogueName + "By" + Identifiers.Pascal(property.Id), kind.TypeName, s_entityMembers);
            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            inverses.Add((property, unique));
        }

        return inverses;
    }

    /// <summary>A qualifier's accessor on the fact type of a property that takes it (<paramref name="factType"/>).</summary>
    public static string QualifierMember(PropertySpec qualifier, string factType) => Safe(qualifier.MemberName, factType, s_factMembers);

    /// <summary>
    /// The field that keeps a many-valued qualifier's list once read: '_' and the member's name (the
    /// '_' makes a keyword no keyword, so an '@' goes). SchemaNames checks it against the other members.
    /// </summary>
    public static string KeptField(string member) => "_" + member.TrimStart('@');

    /// <summary>
    /// The fact type of a property that takes qualifiers: the kind's type, then the name its facts
    /// member reads as, singular: <c>PersonBornFact</c> (<c>BornFact</c>), <c>PersonAwardFact</c>
    /// (<c>AwardFacts</c>). It sits beside the kinds' types, so SchemaNames checks it against them.
    /// </summary>
    public static string FactType(string typeName, PropertySpec property) =>
        typeName + (property.Many ? Stem(property) : property.MemberName) + "Fact";

    /// <summary>Unique member names for the entities of one catalogue, in the given order.</summary>
    /// <param name="count">How many ids there are: the list is made at its size.</param>
    public static List<string> EntityNames(IEnumerable<string> ids, int count, string catalogueName)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>(count);
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
