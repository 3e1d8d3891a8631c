using System;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Checks;

/// <summary>
/// When two stated values can both be true: equal, or one a less precise statement of the other
/// ("1965" and "1965-03-18"; "12 minutes" and "PT12M9S"; "500 km" and "310 mi").
/// </summary>
internal static class Compatibility
{
    public static bool Compatible(FactValue a, FactValue b, Containment? containment = null)
    {
        if (a.EntityId is not null || b.EntityId is not null)
        {
            return string.Equals(a.EntityId, b.EntityId, StringComparison.Ordinal)
                || (a.EntityId is not null && b.EntityId is not null && containment is not null
                    && (containment.IsWithin(a.EntityId, b.EntityId) || containment.IsWithin(b.EntityId, a.EntityId)));
        }

        return (a.Literal, b.Literal) switch
        {
            (PartialDate x, PartialDate y) => x.IsCompatibleWith(y),
            (DurationValue x, DurationValue y) => x.IsCompatibleWith(y),
            (Quantity x, Quantity y) => x.AgreesAsConversionOf(y),
            (InstantValue x, InstantValue y) => x.IsCompatibleWith(y),
            (DateInterval x, DateInterval y) => Compatible(x.Start, y.Start) && Compatible(x.End, y.End),
            (IntegerValue x, IntegerValue y) => x.Number == y.Number,
            (NameValue x, NameValue y) => string.Equals(x.Normalized, y.Normalized, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>How precise a value is, so the most precise of several agreeing statements can be chosen.</summary>
    public static int PrecisionScore(FactValue value, Containment? containment = null) => value.Literal switch
    {
        null when value.EntityId is not null && containment is not null => containment.Depth(value.EntityId),
        PartialDate d => (int)d.DatePrecision,
        DurationValue d => (int)d.Unit,
        Quantity q => q.Scale,
        InstantValue i => (int)i.TimePrecision,
        DateInterval i => (i.Start is null ? 0 : 1 + (int)i.Start.DatePrecision) + (i.End is null ? 0 : 1 + (int)i.End.DatePrecision),
        _ => 0,
    };

    private static bool Compatible(PartialDate? a, PartialDate? b) => a is null || b is null || a.IsCompatibleWith(b);
}
