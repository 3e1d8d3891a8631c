namespace LeonovData.Generator.Values;

/// <summary>A typed value read from the covered text of a span or from its <c>v=</c> attribute.</summary>
/// <remarks>
/// Values flow through the incremental pipeline, so every derived record holds only primitives and
/// strings: the compiler-generated value equality is what keeps the pipeline cached.
/// </remarks>
internal abstract record Value
{
    public abstract ValueKind Kind { get; }

    /// <summary>The export form: ISO 8601 / EDTF for dates and durations, "4.8 m" for lengths.</summary>
    public abstract string Normalized { get; }

    /// <summary>"year"/"month"/"day", a duration unit ("minute"), a quantity resolution ("0.1"),
    /// or null where precision means nothing (counts, ordinals, ages, names).</summary>
    public abstract string? Precision { get; }
}
