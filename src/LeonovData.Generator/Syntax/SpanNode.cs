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
/// asked; a stage that keeps it asks once per span. Its covered text is read from the document's
/// stripped text (<see cref="CoveredText"/>), not kept as a string of its own: the strings were an
/// eighth of what parsing allocated, and the reference a sixth of each span.
/// </remarks>
/// <param name="Parent">The index of the innermost span it is nested in, or -1.</param>
/// <param name="Start">Where its <c>[</c> stands in the file; it ends where its block ends.</param>
internal readonly record struct SpanNode(
    int Parent,
    int TextStart,
    int TextEnd,
    int Start,
    AttributeBlock Block)
{
    /// <summary>The covered text where it stands in the document's stripped text; nothing is allocated.</summary>
    public TextSlice CoveredText => new(Block.Markup.Text, TextStart, TextEnd - TextStart);

    /// <summary>The covered text as a string, for a reader that needs one: cut on every call, short text shared with the last equal cut on this thread (<see cref="RecentStrings.Words"/>): bound spans read their text once or twice each, and a corpus's names and values repeat.</summary>
    public string Covered => TextEnd == TextStart ? string.Empty : RecentStrings.Words.Get(Block.Markup.Text, TextStart, TextEnd - TextStart);

    /// <summary>Its length as written, from its <c>[</c> to its block's <c>}</c>.</summary>
    public int Length => Block.Start + Block.Length - Start;

    /// <summary>Where it stands, from its <c>[</c> to its block's <c>}</c>: a new object on every call.</summary>
    public LocationInfo Location => Block.Markup.Lines.Locate(Start, Length);

    /// <summary>The line and column of its <c>[</c>, both zero-based, with no <see cref="LocationInfo"/> made.</summary>
    public (int Line, int Column) Position => Block.Markup.Lines.Position(Start);

    /// <summary>Field by field, and by its covered text's content, which it no longer keeps as a field
    /// of its own (two parses of one text are equal; an edit inside the span is a change).</summary>
    public bool Equals(SpanNode other) =>
        Parent == other.Parent && TextStart == other.TextStart && TextEnd == other.TextEnd && Start == other.Start
            && Block.Equals(other.Block) && CoveredText.Equals(other.CoveredText);

    public override int GetHashCode() => unchecked((((((Parent * 31) + TextStart) * 31) + TextEnd) * 31 + Start) * 31 + Block.GetHashCode());
}
