using LeonovData.Generator.Values;

namespace LeonovData.Generator.Binding;

/// <summary>
/// The value of a statement: a literal of a value kind, or a reference to an entity.
/// Exactly one of <see cref="Literal"/> and <see cref="EntityId"/> is set.
/// </summary>
internal sealed record FactValue(string Type, Value? Literal, string? EntityId)
{
    public static FactValue Of(Value value) => new(KindName(value.Kind), value, null);

    public static FactValue Entity(string kind, string id) => new(kind, null, id);

    public string Normalized => Literal?.Normalized ?? EntityId!;

    public string? Precision => Literal?.Precision;

    // The table, not ToString: a name per statement would be a new string (and a boxed enum) per statement.
    public static string KindName(ValueKind kind) => ValueParser.KindNames[(int)kind];

    /// <summary>"a date", "an age", "an interval", for messages.</summary>
    public static string WithArticle(ValueKind kind) => (KindName(kind)[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + KindName(kind);

    public override string ToString() => Normalized;
}
