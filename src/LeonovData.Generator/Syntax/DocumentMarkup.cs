using System;
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
/// An attribute is kept in 16 bytes (<see cref="Entry"/>): its name and value as indices among the
/// document's words, the strings its pool made once each (<see cref="TextPool"/>), rather than two
/// references, and its form in the signs of its numbers. A corpus has hundreds of thousands of
/// attributes; spelled out (<see cref="AttributeNode"/>, 24 bytes) or with a form field of its own,
/// they were half as large again or twice as large.
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
        return new AttributeNode(entry.Form, Word(entry.Name), Word(entry.Value), entry.Offset, entry.Length, entry.IsQuoted);
    }

    /// <summary>Adds an attribute whose name and value are the words <paramref name="name"/> and <paramref name="value"/> of the pool.</summary>
    public void Add(AttributeForm form, int name, int value, int offset, int length, bool quoted = false)
    {
        if (_count == _attributes.Length)
        {
            Array.Resize(ref _attributes, Math.Max(16, _count * 2));
        }

        _attributes[_count++] = new Entry(form, name, value, offset, length, quoted);
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
    /// One attribute in 16 bytes. Its form and whether its value is quoted are four shapes, two bits,
    /// kept in the signs of its offset and length: both are never negative, and <c>~x</c> is negative
    /// for every <c>x</c> ≥ 0 (0 included), so a negative field is one stored as <c>~x</c> and gives
    /// <c>x</c> back. A field for them would have made it 20 bytes.
    /// </summary>
    internal readonly struct Entry
    {
        // ~offset for a pair, the offset itself for a class or an id.
        private readonly int _offset;

        // ~length for a quoted pair or an id, the length itself for a bare pair or a class.
        private readonly int _length;

        public Entry(AttributeForm form, int name, int value, int offset, int length, bool quoted)
        {
            // Only a pair's value can be quoted: a quoted id would read back as an unquoted one.
            Debug.Assert(!quoted || form == AttributeForm.Pair, "only a pair is quoted");
            Debug.Assert(offset >= 0 && length >= 0, "an offset and a length are never negative");
            Name = name;
            Value = value;
            _offset = form == AttributeForm.Pair ? ~offset : offset;
            _length = quoted || form == AttributeForm.Id ? ~length : length;
        }

        /// <summary>The name's index among the document's words.</summary>
        public int Name { get; }

        /// <summary>The value's index among the document's words.</summary>
        public int Value { get; }

        public AttributeForm Form => _offset < 0 ? AttributeForm.Pair : _length < 0 ? AttributeForm.Id : AttributeForm.Class;

        public bool IsQuoted => _offset < 0 && _length < 0;

        public int Offset => _offset < 0 ? ~_offset : _offset;

        public int Length => _length < 0 ? ~_length : _length;
    }
}
