using System;
using System.Collections.Generic;
using System.Text;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Builds one blob of generated constant data (docs/performance.md, "The data encoding"): a string
/// table and a few tables of records, as UTF-8 that a <c>u8</c> literal carries (or a string literal,
/// one char per byte: <see cref="Emitter.DataText"/>) and the runtime
/// (<c>LeonovData.Runtime/Encoded.cs</c>) reads in place, record by record. The compiler copies such a
/// literal without analysing it, whatever its size.
/// </summary>
/// <remarks>
/// Layout, offsets counted in bytes of UTF-8:
/// <c>[string count][table count]([record count][offset of its offset array])*</c> in fixed-width
/// numbers, then the string offsets (one more than strings, so each length is the difference), each
/// table's record offsets, the strings' text, and the records. Records hold only numbers
/// (<see cref="Record"/>); a string is referenced by its 1-based index, 0 being null.
/// </remarks>
internal sealed class Blob : System.IDisposable
{
    /// <summary>Largest offset a fixed-width number addresses: 4 digits of 6 bits.</summary>
    public const int MaxLength = (1 << 24) - 1;

    private readonly Dictionary<string, int> _stringIndex;
    private readonly List<string> _strings;
    private readonly Table[] _tables;

    public Blob(int tables)
    {
        if ((tables == 1 ? s_keptSingle : s_kept) is { } kept && kept.Tables.Length == tables)
        {
            if (tables == 1)
            {
                s_keptSingle = null;
            }
            else
            {
                s_kept = null;
            }

            (_tables, _stringIndex, _strings) = kept;
            return;
        }

        _stringIndex = new(System.StringComparer.Ordinal);
        _strings = new();
        _tables = new Table[tables];
        for (var i = 0; i < tables; i++)
        {
            _tables[i] = new Table();
        }
    }

    /// <summary>
    /// The tables and string table of the last blob disposed on this thread, cleared, for the next: a
    /// shard's records are built in them, then copied into its file, and building them afresh for each
    /// of the 16 shards was a seventh of what emission allocated (the string table another tenth). Only
    /// tables of a size a shard commonly needs are kept.
    /// Taken and given back as <see cref="Binding.BinderLists"/> describes.
    /// </summary>
    [System.ThreadStatic]
    private static (Table[] Tables, Dictionary<string, int> StringIndex, List<string> Strings)? s_kept;

    /// <summary>
    /// The same for a one-table blob, a catalogue's (<see cref="CatalogueEncoder"/>): a run encodes one
    /// per kind, and its string table (every entity's id, names and document) was made afresh for each.
    /// A slot of its own, so that a catalogue does not displace a shard's seven tables, nor they its one.
    /// </summary>
    [System.ThreadStatic]
    private static (Table[] Tables, Dictionary<string, int> StringIndex, List<string> Strings)? s_keptSingle;

    private const int MaxKeptChars = 1 << 19;
    private const int MaxKeptStrings = 1 << 15;

    private bool _given;

    /// <summary>Gives its tables to the thread's next blob; the blob must not be used after it.</summary>
    public void Dispose()
    {
        // Given once: a second Dispose must not hand the same tables to a second blob.
        if (_given)
        {
            return;
        }

        _given = true;
        foreach (var table in _tables)
        {
            if (table.IsOpen || table.Text.Capacity > MaxKeptChars)
            {
                return;
            }
        }

        if (_strings.Count > MaxKeptStrings)
        {
            return;
        }

        foreach (var table in _tables)
        {
            table.Text.Clear();
            table.Ends.Clear();
        }

        _stringIndex.Clear();
        _strings.Clear();
        if (_tables.Length == 1)
        {
            s_keptSingle = (_tables, _stringIndex, _strings);
        }
        else
        {
            s_kept = (_tables, _stringIndex, _strings);
        }
    }

    // The strings' length in UTF-8 bytes, counted as each is added: the layout and the blob's length need it.
    private long _stringUnits;

    /// <summary>The string's 1-based index in the string table (0 for null), adding it once.</summary>
    public int String(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        if (!_stringIndex.TryGetValue(text, out var index))
        {
            var safe = Utf8Safe(text);
            _strings.Add(safe);
            _stringUnits += Units(safe);
            index = _strings.Count;
            _stringIndex[text] = index;
        }

        return index;
    }

    /// <summary>
    /// Starts the next record of a table, written straight into the table's text (a shard has tens of
    /// thousands of records: one builder or string each was most of what emission allocated). A table
    /// has one record open at a time; records of different tables may be written at once (a statement
    /// cites a sentence while it is written).
    /// </summary>
    public Record Begin(int table)
    {
        var target = _tables[table];
        if (target.IsOpen)
        {
            throw new System.InvalidOperationException($"table {table} already has a record open");
        }

        target.IsOpen = true;
        return new Record(target.Text);
    }

    /// <summary>Ends a record begun by <see cref="Begin"/>; its index in the table is returned.</summary>
    public int Add(int table, Record record)
    {
        var target = _tables[table];
        if (!target.IsOpen || !record.WritesTo(target.Text))
        {
            throw new System.InvalidOperationException($"the record was not begun on table {table}");
        }

        target.IsOpen = false;
        target.Ends.Add(target.Text.Length);
        return target.Ends.Count - 1;
    }

    /// <summary>Its length in UTF-8 bytes, what the runtime's offsets count.</summary>
    public long Utf8Length
    {
        get
        {
            var length = ((long)Numbers * Record.FixedWidth) + _stringUnits;

            // Records are ASCII: one byte per char.
            foreach (var table in _tables)
            {
                length += table.Text.Length;
            }

            return length;
        }
    }

    /// <summary>Whether its offsets fit in fixed-width numbers (<see cref="MaxLength"/>).</summary>
    public bool Fits => Utf8Length <= MaxLength;

    /// <summary>The whole blob as text, or null when it exceeds <see cref="MaxLength"/> units.</summary>
    public string? Build()
    {
        if (!Fits)
        {
            return null;
        }

        // Written once into a buffer of the exact size.
        var text = new char[Chars];
        Write(new ArraySink(text));
        return new string(text);
    }

    /// <summary>Its UTF-8 bytes (what a <c>u8</c> literal of <see cref="Build"/> holds), lent until the
    /// thread's next (<see cref="Utf8Buffer"/>); the blob must fit (<see cref="Fits"/>).</summary>
    public ArraySegment<byte> Utf8()
    {
        // Encoded as it is written: the text first would be twice its size again.
        var length = Utf8Length;
        var bytes = Utf8Buffer.Lend(length);
        Write(new ByteSink(bytes));
        return new ArraySegment<byte>(bytes, 0, (int)length);
    }

    /// <summary>
    /// Appends the blob as the text of a string literal, escaped (<see cref="Literals.AppendString"/>),
    /// straight into a generated file: a shard's records are most of its file, and a string of them
    /// first would copy them twice more. Nothing is written when it exceeds <see cref="MaxLength"/>.
    /// </summary>
    public bool AppendLiteral(StringBuilder builder)
    {
        if (!Fits)
        {
            return false;
        }

        builder.Append('"');
        Write(new LiteralSink(builder));
        builder.Append('"');
        return true;
    }

    /// <summary>Header, string offsets and record offsets: each a fixed-width number.</summary>
    private int Numbers
    {
        get
        {
            var numbers = 2 + (2 * _tables.Length) + _strings.Count + 1;
            foreach (var table in _tables)
            {
                numbers += table.Ends.Count;
            }

            return numbers;
        }
    }

    private int Chars
    {
        get
        {
            var chars = Numbers * Record.FixedWidth;
            foreach (var s in _strings)
            {
                chars += s.Length;
            }

            foreach (var table in _tables)
            {
                chars += table.Text.Length;
            }

            return chars;
        }
    }

    /// <summary>
    /// The tables in the order they are laid out, each its record offsets then its records, the strings'
    /// text after the first <see cref="BeforeStrings"/>; null: every table's offsets, the strings, then
    /// every table's records, by number. The header says where each table's offsets are, the offsets
    /// where its records are and the string offsets where each string is, so any order reads the same:
    /// a shard puts first what a lookup reads (<see cref="ShardEmitter.Layout"/>), so that it reads few pages.
    /// </summary>
    public int[]? Order { get; set; }

    /// <summary>How many of <see cref="Order"/>'s tables lie before the strings' text.</summary>
    public int BeforeStrings { get; set; }

    // A section of the layout: a table's record offsets, its records, or the strings' text.
    private const int Offsets = 0;
    private const int Records = 1;
    private const int Strings = 2;

    private List<(int Kind, int Table)> Sections()
    {
        var sections = new List<(int Kind, int Table)>(2 * _tables.Length + 1);
        if (Order is not { } order)
        {
            for (var t = 0; t < _tables.Length; t++)
            {
                sections.Add((Offsets, t));
            }

            sections.Add((Strings, -1));
            for (var t = 0; t < _tables.Length; t++)
            {
                sections.Add((Records, t));
            }

            return sections;
        }

        for (var i = 0; i < order.Length; i++)
        {
            if (i == BeforeStrings)
            {
                sections.Add((Strings, -1));
            }

            sections.Add((Offsets, order[i]));
            sections.Add((Records, order[i]));
        }

        if (BeforeStrings >= order.Length)
        {
            sections.Add((Strings, -1));
        }

        return sections;
    }

    private void Write(Sink sink)
    {
        // Where each section starts, after the header and the string offsets; the header numbers the tables.
        var sections = Sections();
        var offsetArrays = new int[_tables.Length];
        var records = new int[_tables.Length];
        var text = 0;
        long position = (2 + (2 * _tables.Length) + _strings.Count + 1) * Record.FixedWidth;
        foreach (var (kind, t) in sections)
        {
            switch (kind)
            {
                case Offsets:
                    offsetArrays[t] = (int)position;
                    position += _tables[t].Ends.Count * Record.FixedWidth;
                    break;
                case Records:
                    records[t] = (int)position;
                    position += _tables[t].Text.Length;
                    break;
                default:
                    text = (int)position;
                    position += _stringUnits;
                    break;
            }
        }

        sink.Fixed(_strings.Count);
        sink.Fixed(_tables.Length);
        for (var t = 0; t < _tables.Length; t++)
        {
            sink.Fixed(_tables[t].Ends.Count);
            sink.Fixed(offsetArrays[t]);
        }

        foreach (var s in _strings)
        {
            sink.Fixed(text);
            text += Units(s);
        }

        sink.Fixed(text);
        foreach (var (kind, t) in sections)
        {
            switch (kind)
            {
                case Offsets:
                    var start = 0;
                    foreach (var end in _tables[t].Ends)
                    {
                        sink.Fixed(records[t] + start);
                        start = end;
                    }

                    break;
                case Records:
                    sink.Records(_tables[t].Text);
                    break;
                default:
                    foreach (var s in _strings)
                    {
                        sink.String(s);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// A <c>u8</c> literal holds only what UTF-8 encodes, and a lone surrogate (a name cut inside a
    /// pair) has no UTF-8 form (CS9026). Such a string is stored escaped: <see cref="Escape"/>, then its
    /// text with each lone surrogate and each <see cref="Escape"/> written as <see cref="Escape"/> and
    /// four hex digits. <c>LeonovData.Runtime/EncodedText.cs</c> reverses it, so every UTF-16 string
    /// round-trips; other strings are stored as they are.
    /// </summary>
    public static string Utf8Safe(string text)
    {
        var lone = -1;
        for (var i = 0; i < text.Length && lone < 0; i++)
        {
            lone = Literals.IsLoneSurrogate(text, i) ? i : -1;
        }

        if (lone < 0 && (text.Length == 0 || text[0] != Escape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8).Append(Escape);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Escape || Literals.IsLoneSurrogate(text, i))
            {
                escaped.Append(Escape).Append(((int)text[i]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(text[i]);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Marks an escaped string (U+FFFF, a noncharacter: text rarely starts with it, and one that does is escaped too).</summary>
    public const char Escape = '\uFFFF';

    private static int Units(string s) => Encoding.UTF8.GetByteCount(s);

    /// <summary>Where <see cref="Write"/> puts the blob's text, piece by piece.</summary>
    private abstract class Sink
    {
        public abstract void Fixed(int value);

        public abstract void String(string text);

        /// <summary>A table's records: printable ASCII (<see cref="Record"/>).</summary>
        public abstract void Records(StringBuilder text);
    }

    /// <summary>Into a buffer of the blob's exact size.</summary>
    private sealed class ArraySink : Sink
    {
        private readonly char[] _text;
        private int _at;

        public ArraySink(char[] text) => _text = text;

        public override void Fixed(int value)
        {
            Record.WriteFixed(_text, _at, value);
            _at += Record.FixedWidth;
        }

        public override void String(string text)
        {
            text.CopyTo(0, _text, _at, text.Length);
            _at += text.Length;
        }

        public override void Records(StringBuilder text)
        {
            text.CopyTo(0, _text, _at, text.Length);
            _at += text.Length;
        }
    }

    /// <summary>Into UTF-8 bytes, the blob's exact size (<see cref="Utf8Length"/>).</summary>
    private sealed class ByteSink : Sink
    {
        private readonly byte[] _bytes;
        private readonly char[] _buffer = new char[1024];
        private int _at;

        public ByteSink(byte[] bytes) => _bytes = bytes;

        public override void Fixed(int value)
        {
            Record.WriteFixed(_buffer, 0, value);
            Ascii(Record.FixedWidth);
        }

        public override void String(string text) => _at += Encoding.UTF8.GetBytes(text, 0, text.Length, _bytes, _at);

        public override void Records(StringBuilder text)
        {
            for (var start = 0; start < text.Length; start += _buffer.Length)
            {
                var count = System.Math.Min(_buffer.Length, text.Length - start);
                text.CopyTo(start, _buffer, 0, count);
                Ascii(count);
            }
        }

        // Numbers and records are printable ASCII: one byte per char.
        private void Ascii(int count)
        {
            for (var i = 0; i < count; i++)
            {
                _bytes[_at++] = (byte)_buffer[i];
            }
        }
    }

    /// <summary>
    /// Into a literal, escaped. Piece by piece is the same as the whole text escaped at once: the
    /// strings hold no lone surrogate (<see cref="Utf8Safe"/>), so no escape depends on a neighbour
    /// in another piece, and the numbers and records are printable ASCII.
    /// </summary>
    private sealed class LiteralSink : Sink
    {
        private readonly StringBuilder _builder;
        private readonly char[] _buffer = new char[1024];

        public LiteralSink(StringBuilder builder) => _builder = builder;

        public override void Fixed(int value)
        {
            Record.WriteFixed(_buffer, 0, value);
            Literals.AppendAscii(_builder, _buffer, 0, Record.FixedWidth);
        }

        public override void String(string text) => Literals.AppendEscaped(_builder, text);

        public override void Records(StringBuilder text)
        {
            for (var start = 0; start < text.Length; start += _buffer.Length)
            {
                var count = System.Math.Min(_buffer.Length, text.Length - start);
                text.CopyTo(start, _buffer, 0, count);
                Literals.AppendAscii(_builder, _buffer, 0, count);
            }
        }
    }

    /// <summary>A table's records, one after the other, and where each ends.</summary>
    private sealed class Table
    {
        public readonly StringBuilder Text = new();
        public readonly List<int> Ends = new();
        public bool IsOpen;
    }
}
