using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// What a document's blocks share: its lines, which place them, and every block's attributes in one
/// array, each block a slice of it (<see cref="AttributeBlock.First"/>, <see cref="AttributeBlock.Count"/>).
/// One array per document rather than one per block: a corpus has a hundred thousand blocks, and
/// their arrays' headers alone were megabytes.
/// </summary>
/// <remarks>
/// <para>
/// An attribute is kept in 12 bytes (<see cref="Entry"/>): its name and value as indices among the
/// document's words, the strings its pool made once each (<see cref="TextPool"/>), rather than two
/// references, and its place and form packed in one number. A corpus has hundreds of thousands of
/// attributes; spelled out (<see cref="AttributeNode"/>, 24 bytes) or with a field each for its
/// offset, length and form, they were twice as large or more.
/// </para>
/// <para>
/// While the document is parsed its attributes are written into an array the parser lends (its
/// thread's, as large as the largest document's so far) and its words are the pool's; <see cref="Keep"/>
/// then copies both into arrays of their exact size: growing arrays of its own by doubling would
/// make as much garbage again as they keep. Only the parser writes; readers read after it is done.
/// </para>
/// </remarks>
internal sealed class DocumentMarkup
{
    private Entry[] _attributes;
    private int _count;
    private TextPool? _pool;
    private string[] _words = Array.Empty<string>();

    // The places of the rare attributes an entry cannot hold (Entry.IsLong), by index: a quoted value
    // of thousands of chars, or an attribute that far into its block.
    private Dictionary<int, (int Offset, int Length)>? _long;

    /// <param name="lines">The document's lines.</param>
    /// <param name="pool">The pool of the document's words until <see cref="Keep"/>; a new one when none is lent.</param>
    /// <param name="lent">An array to write the attributes into until <see cref="Keep"/>; what it holds is overwritten.</param>
    public DocumentMarkup(LineMap lines, TextPool? pool = null, Entry[]? lent = null)
    {
        Lines = lines;
        _pool = pool ?? new TextPool();
        _attributes = lent ?? new Entry[16];
    }

    public LineMap Lines { get; }

    /// <summary>
    /// The document's stripped text, which holds every span's covered text (<see cref="SpanNode.CoveredText"/>);
    /// empty until the parser keeps the markup. A span reads its text from here rather than keeping a
    /// string of its own: most covered text is read once, when the span is bound, if at all as a string.
    /// </summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>The pool the parser makes the document's words with, until the markup keeps them.</summary>
    public TextPool Pool => _pool ?? throw new InvalidOperationException("the markup is kept: its words are no longer pooled");

    /// <summary>How many attributes the document's blocks hold so far.</summary>
    public int AttributeCount => _count;

    public AttributeNode Attribute(int index)
    {
        var entry = _attributes[index];
        var (offset, length) = entry.IsLong ? _long![index] : (entry.Offset, entry.Length);
        return new AttributeNode(entry.Form, Word(entry.Name), Word(entry.Value), offset, length, entry.IsQuoted);
    }

    /// <summary>Adds an attribute whose name and value are the words <paramref name="name"/> and <paramref name="value"/> of the pool.</summary>
    public void Add(AttributeForm form, int name, int value, int offset, int length, bool quoted = false)
    {
        if (_count == _attributes.Length)
        {
            Array.Resize(ref _attributes, Math.Max(16, _count * 2));
        }

        if (offset < Entry.LongOffset && length < Entry.LongLength)
        {
            _attributes[_count++] = new Entry(form, name, value, offset, length, quoted);
            return;
        }

        // Left by a truncated block, an index's earlier place is overwritten here or never read again.
        (_long ??= new Dictionary<int, (int, int)>())[_count] = (offset, length);
        _attributes[_count++] = new Entry(form, name, value, Entry.LongOffset, Entry.LongLength, quoted);
    }

    /// <summary>Drops the attributes from <paramref name="count"/> on: those of a block that is no block after all.</summary>
    public void Truncate(int count) => _count = count;

    /// <summary>Keeps the attributes and their words in arrays of their own, of their exact size, and the document's stripped text.</summary>
    /// <returns>The array written so far (the one lent, or a larger one), for the next document.</returns>
    public Entry[] Keep(string text)
    {
        Text = text;
        var written = _attributes;
        _attributes = _count == 0 ? Array.Empty<Entry>() : new Entry[_count];
        Array.Copy(written, _attributes, _count);
        _words = Pool.Words();
        _pool = null;
        return written;
    }

    private string Word(int index) => _pool is { } pool ? pool.Word(index) : _words[index];

    /// <summary>
    /// One attribute in 12 bytes: its name's and value's indices among the document's words, and its place
    /// in one number, its offset in the low 16 bits, its length in the next 14, and its form and whether
    /// its value is quoted, four shapes, in the top two. An attribute stands in its block, on one line,
    /// so nearly every offset and length fits; one that does not is stored with both at their largest
    /// (<see cref="IsLong"/>) and its markup keeps its place beside. With a field each for offset and
    /// length it was 16 bytes; a corpus has hundreds of thousands of attributes.
    /// </summary>
    internal readonly struct Entry
    {
        /// <summary>The offset that says the place is kept beside (with <see cref="LongLength"/>); every inline offset is less.</summary>
        public const int LongOffset = 0xFFFF;

        /// <summary>The length that says the place is kept beside; every inline length is less.</summary>
        public const int LongLength = 0x3FFF;

        private const uint Quoted = 1;
        private const uint Class = 2;
        private const uint Id = 3;

        // offset | length << 16 | shape << 30; shape 0 is a bare pair.
        private readonly uint _place;

        public Entry(AttributeForm form, int name, int value, int offset, int length, bool quoted)
        {
            // Only a pair's value can be quoted: a quoted id would read back as an unquoted one.
            Debug.Assert(!quoted || form == AttributeForm.Pair, "only a pair is quoted");
            Debug.Assert(offset is >= 0 and <= LongOffset && length is >= 0 and <= LongLength, "the markup keeps a longer place beside");
            Name = name;
            Value = value;
            var shape = form switch
            {
                AttributeForm.Class => Class,
                AttributeForm.Id => Id,
                _ => quoted ? Quoted : 0,
            };
            _place = (uint)offset | ((uint)length << 16) | (shape << 30);
        }

        /// <summary>The name's index among the document's words.</summary>
        public int Name { get; }

        /// <summary>The value's index among the document's words.</summary>
        public int Value { get; }

        public AttributeForm Form => (_place >> 30) switch
        {
            Class => AttributeForm.Class,
            Id => AttributeForm.Id,
            _ => AttributeForm.Pair,
        };

        public bool IsQuoted => _place >> 30 == Quoted;

        public int Offset => (int)(_place & 0xFFFF);

        public int Length => (int)((_place >> 16) & 0x3FFF);

        /// <summary>Its place is too large to be held here: its markup keeps it beside.</summary>
        public bool IsLong => Offset == LongOffset && Length == LongLength;
    }
}
