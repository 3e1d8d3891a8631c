using System.Collections.Generic;
using System.Text;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Builds one blob of generated constant data (docs/performance.md, "The data encoding"): a string
/// table and a few tables of records, as text that a <c>u8</c> literal (UTF-8) or a string literal
/// (UTF-16) carries and the runtime (<c>LeonovData.Runtime/Encoded.cs</c>) reads in place, record by record.
/// The compiler copies such a literal without analysing it, whatever its size.
/// </summary>
/// <remarks>
/// Layout, offsets counted in the literal's units (bytes for UTF-8, chars for UTF-16):
/// <c>[string count][table count]([record count][offset of its offset array])*</c> in fixed-width
/// numbers, then the string offsets (one more than strings, so each length is the difference), each
/// table's record offsets, the strings' text, and the records. Records hold only numbers
/// (<see cref="Record"/>); a string is referenced by its 1-based index, 0 being null.
/// </remarks>
internal sealed class Blob
{
    /// <summary>Largest offset a fixed-width number addresses: 4 digits of 6 bits.</summary>
    public const int MaxLength = (1 << 24) - 1;

    private readonly bool _utf8;
    private readonly Dictionary<string, int> _stringIndex = new(System.StringComparer.Ordinal);
    private readonly List<string> _strings = new();
    private readonly List<List<string>> _tables = new();

    public Blob(bool utf8, int tables)
    {
        _utf8 = utf8;
        for (var i = 0; i < tables; i++)
        {
            _tables.Add(new List<string>());
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
            _strings.Add(_utf8 ? Utf8Safe(text) : text);
            index = _strings.Count;
            _stringIndex[text] = index;
        }

        return index;
    }

    /// <summary>Appends a record to a table; its index in the table is returned.</summary>
    public int Add(int table, Record record)
    {
        _tables[table].Add(record.ToString());
        return _tables[table].Count - 1;
    }

    /// <summary>The whole blob as text, or null when it exceeds <see cref="MaxLength"/> units.</summary>
    public string? Build()
    {
        var header = 2 + (2 * _tables.Count);
        var stringOffsets = _strings.Count + 1;
        var recordOffsets = 0;
        foreach (var table in _tables)
        {
            recordOffsets += table.Count;
        }

        long position = (header + stringOffsets + recordOffsets) * Record.FixedWidth;
        var text = new StringBuilder();
        Fixed(text, _strings.Count);
        Fixed(text, _tables.Count);
        var offsetArray = (header + stringOffsets) * Record.FixedWidth;
        foreach (var table in _tables)
        {
            Fixed(text, table.Count);
            Fixed(text, offsetArray);
            offsetArray += table.Count * Record.FixedWidth;
        }

        var stringsText = new StringBuilder();
        foreach (var s in _strings)
        {
            if (!Fixed(text, position))
            {
                return null;
            }

            stringsText.Append(s);
            position += Units(s);
        }

        if (!Fixed(text, position))
        {
            return null;
        }

        foreach (var table in _tables)
        {
            foreach (var record in table)
            {
                if (!Fixed(text, position))
                {
                    return null;
                }

                position += record.Length; // records are ASCII: one unit per char in either encoding
            }
        }

        if (position > MaxLength)
        {
            return null;
        }

        text.Append(stringsText);
        foreach (var table in _tables)
        {
            foreach (var record in table)
            {
                text.Append(record);
            }
        }

        return text.ToString();
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

    private int Units(string s) => _utf8 ? Encoding.UTF8.GetByteCount(s) : s.Length;

    private static bool Fixed(StringBuilder text, long value)
    {
        if (value > MaxLength)
        {
            return false;
        }

        Record.AppendFixed(text, (int)value);
        return true;
    }
}
