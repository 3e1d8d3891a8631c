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
internal sealed class Blob
{
    /// <summary>Largest offset a fixed-width number addresses: 4 digits of 6 bits.</summary>
    public const int MaxLength = (1 << 24) - 1;

    private readonly Dictionary<string, int> _stringIndex = new(System.StringComparer.Ordinal);
    private readonly List<string> _strings = new();
    private readonly Table[] _tables;

    public Blob(int tables)
    {
        _tables = new Table[tables];
        for (var i = 0; i < tables; i++)
        {
            _tables[i] = new Table();
        }
    }

    /// <summary>The string's 1-based index in the string table (0 for null), adding it once.</summary>
    public int String(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        if (!_stringIndex.TryGetValue(text, out var index))
        {
            _strings.Add(Utf8Safe(text));
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

    /// <summary>The whole blob as text, or null when it exceeds <see cref="MaxLength"/> units.</summary>
    public string? Build()
    {
        var header = 2 + (2 * _tables.Length);
        var stringOffsets = _strings.Count + 1;
        var recordOffsets = 0;
        var recordChars = 0;
        foreach (var table in _tables)
        {
            recordOffsets += table.Ends.Count;
            recordChars += table.Text.Length;
        }

        var numbers = (header + stringOffsets + recordOffsets) * Record.FixedWidth;
        long position = numbers;
        var stringChars = 0;
        foreach (var s in _strings)
        {
            position += Units(s);
            stringChars += s.Length;
        }

        // Records are ASCII: one unit per char in either encoding.
        if (position + recordChars > MaxLength)
        {
            return null;
        }

        // Written once into a buffer of the exact size: the blob is most of a shard's file.
        var text = new char[numbers + stringChars + recordChars];
        var at = 0;
        Fixed(text, ref at, _strings.Count);
        Fixed(text, ref at, _tables.Length);
        var offsetArray = (header + stringOffsets) * Record.FixedWidth;
        foreach (var table in _tables)
        {
            Fixed(text, ref at, table.Ends.Count);
            Fixed(text, ref at, offsetArray);
            offsetArray += table.Ends.Count * Record.FixedWidth;
        }

        position = numbers;
        foreach (var s in _strings)
        {
            Fixed(text, ref at, (int)position);
            position += Units(s);
        }

        Fixed(text, ref at, (int)position);
        foreach (var table in _tables)
        {
            var start = 0;
            foreach (var end in table.Ends)
            {
                Fixed(text, ref at, (int)position + start);
                start = end;
            }

            position += table.Text.Length;
        }

        foreach (var s in _strings)
        {
            s.CopyTo(0, text, at, s.Length);
            at += s.Length;
        }

        foreach (var table in _tables)
        {
            table.Text.CopyTo(0, text, at, table.Text.Length);
            at += table.Text.Length;
        }

        return new string(text);
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

    private static void Fixed(char[] text, ref int at, int value)
    {
        Record.WriteFixed(text, at, value);
        at += Record.FixedWidth;
    }

    /// <summary>A table's records, one after the other, and where each ends.</summary>
    private sealed class Table
    {
        public readonly StringBuilder Text = new();
        public readonly List<int> Ends = new();
        public bool IsOpen;
    }
}
