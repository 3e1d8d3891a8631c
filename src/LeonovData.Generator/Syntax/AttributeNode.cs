namespace LeonovData.Generator.Syntax;

/// <summary>A byte: it sits in every attribute, of which a corpus has hundreds of thousands.</summary>
internal enum AttributeForm : byte
{
    /// <summary><c>.kind</c></summary>
    Class,

    /// <summary><c>#id</c></summary>
    Id,

    /// <summary><c>key=value</c> or <c>key="quoted value"</c></summary>
    Pair,
}

/// <summary>One attribute of a <c>{...}</c> block, and where it and its value stand in the block.</summary>
/// <remarks>
/// <para>
/// A struct stored inline in its document's one array of attributes (<see cref="DocumentMarkup"/>):
/// an object per attribute, and a reference to it, was a sixth of what parsing a corpus allocated. A
/// lookup such as <c>block.Pair("p")</c> therefore answers a <see cref="System.Nullable{T}"/>; read the
/// attribute with a pattern (<c>block.Pair("p") is { } p</c>), lest Nullable's <c>.Value</c> be taken
/// for the attribute's own <see cref="Value"/> (<c>block.Pair("p")?.Value</c> is the attribute's value, lifted).
/// </para>
/// <para>
/// 24 bytes, two strings and two ints: what else an attribute says follows from them. Its value starts
/// after its sigil, or after its key's <c>=</c> and quote, and ends before its closing quote. Its form
/// and whether its value is quoted are four shapes, two bits, kept in the signs of its offset and
/// length, which are never negative (an offset is at least 1, past the block's <c>{</c>). Two more
/// fields would have made it 32 bytes, a quarter more for every attribute of a corpus.
/// </para>
/// <para>
/// Its places are counted from its block's start, and its location is asked of the block
/// (<see cref="AttributeBlock.LocationOf"/>): a block stands on one line, so the block's place
/// places every attribute in it.
/// </para>
/// </remarks>
internal readonly record struct AttributeNode
{
    // ~offset for a pair, the offset itself for a class or an id.
    private readonly int _offset;

    // ~length for a quoted pair or an id, the length itself for a bare pair or a class.
    private readonly int _length;

    private AttributeNode(string name, string value, int offset, int length, bool pair, bool quotedOrId)
    {
        Name = name;
        Value = value;
        _offset = pair ? ~offset : offset;
        _length = quotedOrId ? ~length : length;
    }

    /// <summary><c>.name</c> or <c>#name</c> at <paramref name="offset"/> from its block's start.</summary>
    public static AttributeNode Named(AttributeForm form, string name, int offset) =>
        new(name, name, offset, 1 + name.Length, pair: false, quotedOrId: form == AttributeForm.Id);

    /// <summary><c>key=value</c> at <paramref name="offset"/> from its block's start.</summary>
    public static AttributeNode Bare(string key, string value, int offset) =>
        new(key, value, offset, key.Length + 1 + value.Length, pair: true, quotedOrId: false);

    /// <summary><c>key="value"</c> at <paramref name="offset"/>, its value <paramref name="written"/> chars long as written (escapes unresolved).</summary>
    public static AttributeNode Quoted(string key, string value, int offset, int written) =>
        new(key, value, offset, key.Length + 2 + written + 1, pair: true, quotedOrId: true);

    public string Name { get; }

    /// <summary>The value, escapes resolved; a class's or an id's is its name.</summary>
    public string Value { get; }

    public AttributeForm Form => _offset < 0 ? AttributeForm.Pair : _length < 0 ? AttributeForm.Id : AttributeForm.Class;

    /// <summary>The value is quoted: the attribute ends one past it, at its closing quote.</summary>
    public bool IsQuoted => _offset < 0 && _length < 0;

    /// <summary>Where the attribute starts, counted from its block's <c>{</c>.</summary>
    public int Offset => _offset < 0 ? ~_offset : _offset;

    /// <summary>The attribute's length as written: up to the end of its value, and its closing quote.</summary>
    public int Length => _length < 0 ? ~_length : _length;

    /// <summary>Where the value starts, counted from the attribute's start.</summary>
    public int ValueOffset => Form == AttributeForm.Pair ? Name.Length + (IsQuoted ? 2 : 1) : 1;

    /// <summary>The value's length as written (without quotes, escapes as written).</summary>
    public int ValueLength => Length - ValueOffset - (IsQuoted ? 1 : 0);
}
