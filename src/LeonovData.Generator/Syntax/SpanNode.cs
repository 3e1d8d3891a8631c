using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// One <c>[covered text]{attributes}</c> span. <see cref="Covered"/> is the covered text with its
/// markup removed (nested spans stripped, escapes resolved); <see cref="TextStart"/> and
/// <see cref="TextEnd"/> locate it in the document's stripped text.
/// </summary>
/// <remarks>
/// A struct in its document's array, its place plain numbers: an object per span and another for its
/// location were a third of what parsing a corpus allocated. Its <see cref="Location"/> is made when
/// asked; a stage that keeps it asks once per span.
/// </remarks>
/// <param name="Parent">The index of the innermost span it is nested in, or -1.</param>
/// <param name="Start">Where its <c>[</c> stands in the file; it ends where its block ends.</param>
internal readonly record struct SpanNode(
    int Parent,
    string Covered,
    int TextStart,
    int TextEnd,
    int Start,
    AttributeBlock Block)
{
    /// <summary>Its length as written, from its <c>[</c> to its block's <c>}</c>.</summary>
    public int Length => Block.Start + Block.Length - Start;

    /// <summary>Where it stands, from its <c>[</c> to its block's <c>}</c>: a new object on every call.</summary>
    public LocationInfo Location => Block.Markup.Lines.Locate(Start, Length);

    /// <summary>The line and column of its <c>[</c>, both zero-based, with no <see cref="LocationInfo"/> made.</summary>
    public (int Line, int Column) Position => Block.Markup.Lines.Position(Start);
}
