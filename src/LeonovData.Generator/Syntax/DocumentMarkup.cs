using System;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// What a document's blocks share: its lines, which place them, and every block's attributes in one
/// array, each block a slice of it (<see cref="AttributeBlock.First"/>, <see cref="AttributeBlock.Count"/>).
/// One array per document rather than one per block: a corpus has a hundred thousand blocks, and
/// their arrays' headers alone were megabytes.
/// </summary>
/// <remarks>
/// While the document is parsed its attributes are written into an array the parser lends (its
/// thread's, as large as the largest document's so far), and <see cref="Keep"/> then copies them into
/// one of their exact size: growing an array of its own by doubling would make as much garbage again
/// as it keeps. Only the parser writes; readers read after it is done.
/// </remarks>
internal sealed class DocumentMarkup
{
    private AttributeNode[] _attributes;
    private int _count;

    /// <param name="lines">The document's lines.</param>
    /// <param name="lent">An array to write the attributes into until <see cref="Keep"/>; what it holds is overwritten.</param>
    public DocumentMarkup(LineMap lines, AttributeNode[]? lent = null)
    {
        Lines = lines;
        _attributes = lent ?? new AttributeNode[16];
    }

    public LineMap Lines { get; }

    /// <summary>How many attributes the document's blocks hold so far.</summary>
    public int AttributeCount => _count;

    public AttributeNode Attribute(int index) => _attributes[index];

    public void Add(AttributeNode attribute)
    {
        if (_count == _attributes.Length)
        {
            Array.Resize(ref _attributes, Math.Max(16, _count * 2));
        }

        _attributes[_count++] = attribute;
    }

    /// <summary>Drops the attributes from <paramref name="count"/> on: those of a block that is no block after all.</summary>
    public void Truncate(int count)
    {
        Array.Clear(_attributes, count, _count - count);
        _count = count;
    }

    /// <summary>Keeps the attributes in an array of their own, of their exact size.</summary>
    /// <returns>The array written so far (the one lent, or a larger one), cleared, for the next document.</returns>
    public AttributeNode[] Keep()
    {
        var written = _attributes;
        _attributes = _count == 0 ? Array.Empty<AttributeNode>() : new AttributeNode[_count];
        Array.Copy(written, _attributes, _count);
        Array.Clear(written, 0, _count);
        return written;
    }
}
