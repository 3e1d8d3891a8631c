using System;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Binding;

/// <summary>
/// The value of a statement: a literal of a value kind, or a reference to an entity.
/// Exactly one of <see cref="Literal"/> and <see cref="EntityId"/> is set.
/// </summary>
/// <remarks>
/// A value inside its statement or qualifier, not an object of its own: the driver keeps one per fact
/// of the corpus, and an object each (40 bytes and a reference) was a twentieth of the bound model.
/// It holds two references: the literal or the entity's id in one (<see cref="_value"/>), and the
/// entity's kind, since a literal's type is its kind's name (<see cref="KindName"/>) and needs no field.
/// Compared as the record it was: type, literal and entity id.
/// </remarks>
internal readonly struct FactValue : IEquatable<FactValue>
{
    /// <summary>The literal (a <see cref="Value"/>) or the entity's id (a string).</summary>
    private readonly object _value;

    /// <summary>The entity's kind; null for a literal.</summary>
    private readonly string? _entityKind;

    private FactValue(object value, string? entityKind)
    {
        _value = value;
        _entityKind = entityKind;
    }

    public static FactValue Of(Value value) => new(value, null);

    public static FactValue Entity(string kind, string id) => new(id, kind);

    /// <summary>The value kind's name for a literal, the entity's kind for a reference.</summary>
    public string Type => _entityKind ?? (_value is Value literal ? KindName(literal.Kind) : string.Empty);

    public Value? Literal => _entityKind is null ? (Value)_value : null;

    public string? EntityId => _entityKind is null ? null : (string)_value;

    public string Normalized => Literal?.Normalized ?? EntityId!;

    public string? Precision => Literal?.Precision;

    // The table, not ToString: a name per statement would be a new string (and a boxed enum) per statement.
    public static string KindName(ValueKind kind) => ValueParser.KindNames[(int)kind];

    /// <summary>"a date", "an age", "an interval", for messages.</summary>
    public static string WithArticle(ValueKind kind) => (KindName(kind)[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + KindName(kind);

    public bool Equals(FactValue other) =>
        string.Equals(Type, other.Type, StringComparison.Ordinal)
        && (_entityKind is null
            ? other._entityKind is null && Equals((Value)_value, (Value)other._value)
            : other._entityKind is not null && string.Equals((string)_value, (string)other._value, StringComparison.Ordinal));

    // Value's own equality (a record's, by its members), as the record FactValue compared it.
    private static bool Equals(Value? a, Value? b) => ReferenceEquals(a, b) || (a is not null && a.Equals(b));

    public override bool Equals(object? obj) => obj is FactValue other && Equals(other);

    public override int GetHashCode() => (Type.GetHashCode() * 31) + (_value?.GetHashCode() ?? 0);

    public static bool operator ==(FactValue left, FactValue right) => left.Equals(right);

    public static bool operator !=(FactValue left, FactValue right) => !left.Equals(right);

    public override string ToString() => Normalized;
}
