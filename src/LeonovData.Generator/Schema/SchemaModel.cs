using System;
using System.Linq;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Schema;

/// <summary>An entity kind: <c>{.entity #person type=Person plural=People born=born died=died}</c>.</summary>
/// <param name="BornProperty">The date property that opens a life (chronology checks), if any.</param>
/// <param name="DiedProperty">The date property that closes a life, if any.</param>
/// <param name="WithinProperty">
/// The property saying which entity of the same kind this one lies within (<c>located-in</c>): a
/// value is then compatible with the places containing it, as a day is with its year.
/// </param>
internal sealed record KindSpec(string Id, string TypeName, string CatalogueName, string Doc, string? BornProperty, string? DiedProperty, string? WithinProperty, LocationInfo Location);

/// <summary>
/// A property of a kind, or (when <see cref="Of"/> is null) a qualifier usable on any statement.
/// </summary>
/// <param name="Type">A value kind name (<c>date</c>…) or an entity kind id.</param>
/// <param name="Counts">For a count property: the property of the same subject whose values it counts.</param>
/// <param name="AgeFrom">For an age property: the date property the age is counted from.</param>
/// <param name="AgeTo">For an age property: the date property the age is counted to.</param>
internal sealed record PropertySpec(
    string Id,
    string? Of,
    string Type,
    bool Many,
    string MemberName,
    string Doc,
    bool Posthumous,
    string? Counts,
    string? AgeFrom,
    string? AgeTo,
    LocationInfo Location)
{
    public bool IsQualifier => Of is null;

    /// <summary>For a date or datetime property: the property of the same subject it cannot come
    /// before (<c>after=launched</c> on <c>returned</c>), checked by LEO0309.</summary>
    public string? After { get; init; }

    /// <summary>
    /// For an entity-valued property: the name of its reverse on the value's kind
    /// (<c>inverse=Crewed</c> on a mission's <c>crew</c> gives <c>Person.Crewed</c>); derived when absent.
    /// </summary>
    public string? Inverse { get; init; }

    /// <summary>The smallest plausible value (<c>min=0</c>, <c>min=PT1S</c>, <c>min="0 kg"</c>), checked by LEO0310.</summary>
    public Values.Value? Min { get; init; }

    /// <summary>The largest plausible value (<c>max=130</c> for an age), checked by LEO0310.</summary>
    public Values.Value? Max { get; init; }

    /// <summary>
    /// The qualifiers its statements take (<c>qualifiers="date, with"</c>), each where the schema names
    /// it; null when the schema does not say, and then it takes every qualifier (as before
    /// <c>qualifiers=</c> existed). Empty: it takes none.
    /// </summary>
    public EquatableArray<QualifierName>? Takes { get; init; }
}

/// <summary>A qualifier a property's <c>qualifiers=</c> names, and where, for the errors about it.</summary>
internal sealed record QualifierName(string Id, LocationInfo Location);

/// <summary>
/// The merged schema of all <c>.leoschema</c> files. Caching contract: a pure function of the
/// schema files' text; editing a document never rebuilds it.
/// </summary>
internal sealed record SchemaModel(EquatableArray<KindSpec> Kinds, EquatableArray<PropertySpec> Properties, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly SchemaModel Empty = new(EquatableArray<KindSpec>.Empty, EquatableArray<PropertySpec>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    // Loops, not LINQ: the binder and the checks look a kind or property up for every span and
    // statement, and a lambda over the boxed array allocated more than the statements themselves.
    public KindSpec? Kind(string id)
    {
        foreach (var kind in Kinds)
        {
            if (string.Equals(kind.Id, id, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    public PropertySpec? Property(string kind, string id)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Of, kind, StringComparison.Ordinal) && string.Equals(property.Id, id, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Whether statements of <paramref name="property"/> take <paramref name="qualifier"/> (<c>qualifiers=</c>).</summary>
    public static bool Takes(PropertySpec property, string qualifier)
    {
        if (property.Takes is not { } takes)
        {
            return true;
        }

        foreach (var name in takes)
        {
            if (string.Equals(name.Id, qualifier, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public PropertySpec? Qualifier(string id)
    {
        foreach (var property in Properties)
        {
            if (property.IsQualifier && string.Equals(property.Id, id, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }
}
