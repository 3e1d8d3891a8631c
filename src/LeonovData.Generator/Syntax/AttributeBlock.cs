using System;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>A parsed <c>{...}</c> block: its attributes in written order, and where it stands.</summary>
/// <param name="Markup">The document's markup, which holds the block's attributes and places it.</param>
/// <param name="Start">Where its <c>{</c> stands in the file.</param>
/// <param name="Length">Its length as written, up to its <c>}</c> (a block stands on one line).</param>
/// <param name="First">Its first attribute's index among the document's.</param>
/// <param name="Count">How many attributes it holds (at most <see cref="AttributeParser.MaxAttributes"/>).</param>
/// <param name="HasErrors">
/// Some attribute was malformed (and reported). The binder then states nothing from the block: a
/// statement built from what is left of it would be wrong, and its errors would bury the real one.
/// </param>
/// <remarks>
/// A struct held inside its span, its attributes a slice of the document's one array and its place
/// plain numbers: an array of its own per block and an object for its place were a third of what
/// parsing a corpus allocated. Its locations are made when asked (a diagnostic, a declaration).
/// </remarks>
internal readonly record struct AttributeBlock(DocumentMarkup Markup, int Start, int Length, int First, byte Count, bool HasErrors = false)
{
    public AttributeList Attributes => new(Markup, First, Count);

    /// <summary>Where the block stands, from its <c>{</c> to its <c>}</c>.</summary>
    public LocationInfo Location => Markup.Lines.Locate(Start, Length);

    /// <summary>Where <paramref name="attribute"/>, one of the block's, stands.</summary>
    public LocationInfo LocationOf(AttributeNode attribute) => Markup.Lines.Locate(Start + attribute.Offset, attribute.Length);

    /// <summary>Where the value of <paramref name="attribute"/>, one of the block's, stands.</summary>
    public LocationInfo ValueLocationOf(AttributeNode attribute) => Markup.Lines.Locate(Start + attribute.Offset + attribute.ValueOffset, attribute.ValueLength);

    public AttributeNode? Find(AttributeForm form, string? name = null)
    {
        for (var i = First; i < First + Count; i++)
        {
            var attribute = Markup.Attribute(i);
            if (attribute.Form == form && (name is null || string.Equals(attribute.Name, name, StringComparison.Ordinal)))
            {
                return attribute;
            }
        }

        return null;
    }

    public AttributeNode? Pair(string key) => Find(AttributeForm.Pair, key);

    public AttributeNode? Id => Find(AttributeForm.Id);

    public bool HasClass(string name) => Find(AttributeForm.Class, name) is not null;

    /// <summary>
    /// Equal when written alike at the same place of the same file: its attributes compared one by one,
    /// not its markup, which holds every block of its document (two parses of one text are equal, and
    /// comparing two documents' spans stays linear).
    /// </summary>
    public bool Equals(AttributeBlock other)
    {
        if (Start != other.Start || Length != other.Length || Count != other.Count || HasErrors != other.HasErrors)
        {
            return false;
        }

        if (ReferenceEquals(Markup, other.Markup))
        {
            return First == other.First;
        }

        if (!string.Equals(Markup.Lines.Path, other.Markup.Lines.Path, StringComparison.Ordinal) || Markup.Lines.Position(Start) != other.Markup.Lines.Position(Start))
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!Markup.Attribute(First + i).Equals(other.Markup.Attribute(other.First + i)))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode() => unchecked((((Start * 31) + Length) * 31) + Count);
}
