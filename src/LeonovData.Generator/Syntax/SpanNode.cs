using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// One <c>[covered text]{attributes}</c> span. <see cref="Covered"/> is the covered text with its
/// markup removed (nested spans stripped, escapes resolved); <see cref="TextStart"/> and
/// <see cref="TextEnd"/> locate it in the document's stripped text.
/// </summary>
internal sealed record SpanNode(
    int Index,
    int Parent,
    string Covered,
    int TextStart,
    int TextEnd,
    LocationInfo Location,
    AttributeBlock Block);
