using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

internal enum Rank
{
    Normal,
    Preferred,
    Deprecated,
}

/// <summary>A qualifier refining a statement: its date, place, co-recipient…</summary>
internal sealed record Qualifier(string Property, FactValue Value, Citation Citation, LocationInfo Location);

/// <summary>
/// Subject — property — value, with qualifiers, provenance and rank (Wikidata's statement model).
/// </summary>
/// <param name="Id">The statement's name (<c>#id</c>) when qualifiers refer to it.</param>
/// <param name="Weekday">The weekday named by the covered text when the value came from v= (checked).</param>
internal sealed record Statement(
    string? Id,
    string Subject,
    string Property,
    FactValue Value,
    EquatableArray<Qualifier> Qualifiers,
    Citation Citation,
    Rank Rank,
    string? Why,
    LocationInfo Location);
