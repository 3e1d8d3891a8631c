using System;
using System.Text;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Writes the data literals of a .NET 8 target (LeonovData.Runtime's <c>DataLiteral</c>): a string
/// literal whose header names the blob, followed by its UTF-8 bytes packed two to a char, little-endian.
/// </summary>
/// <remarks>
/// The compiler stores a string literal as it is, but lowers a <c>u8</c> literal byte by byte: about
/// 0.18 µs a byte, most of what the data cost every build (docs/performance.md, "The data form, sixth
/// round"). Packed, the literal's UTF-16 in the assembly's metadata is the bytes themselves, which the
/// runtime reads there in place, without running (and so compiling) the method that holds the literal.
/// The header (a private-use marker, the key, an end char that says whether the count of bytes is odd)
/// lets the runtime find each literal among the assembly's strings.
/// </remarks>
internal static class PackedLiteral
{
    private const char Marker = '\uE04C';
    private const char EvenBytes = '\uE000';
    private const char OddBytes = '\uE001';
    private const string Hex = "0123456789abcdef";

    /// <summary>
    /// Bytes of string literals a shard's data may take in the metadata's string heap, whose 16 MB hold
    /// every string of the assembly (CS8103): 16 shards take at most 10 MB, the catalogues
    /// <see cref="CatalogueBudget"/>, which leaves the consumer's own strings room. Past it a shard's
    /// data is a <c>u8</c> literal, which has no such bound.
    /// </summary>
    public const int ShardBudget = 640 * 1024;

    /// <summary>Bytes of string literals all catalogues together may take (see <see cref="ShardBudget"/>).</summary>
    public const int CatalogueBudget = 2 * 1024 * 1024;

    /// <summary>Whether <paramref name="key"/> can name a data literal: printable ASCII, at most 64 chars (the runtime's <c>DataLiteral.Header</c>).</summary>
    public static bool IsKey(string key)
    {
        if (key.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Bytes a data literal of <paramref name="bytes"/> bytes takes in the string heap.</summary>
    public static int HeapBytes(int bytes, string key) => bytes + ((key.Length + 3) * 2);

    /// <summary>The call that reads a data literal where the runtime cannot read it in place: <c>DataLiteral.Bytes("…")</c>.</summary>
    public static void AppendCall(StringBuilder builder, string key, ArraySegment<byte> bytes)
    {
        builder.Append("global::LeonovData.DataLiteral.Bytes(");
        Append(builder, key, bytes);
        builder.Append(')');
    }

    /// <summary>Appends the literal, quotes included.</summary>
    public static void Append(StringBuilder builder, string key, ArraySegment<byte> bytes)
    {
        builder.Append('"');
        AppendChar(builder, Marker);
        foreach (var c in key)
        {
            AppendChar(builder, c);
        }

        AppendChar(builder, bytes.Count % 2 == 0 ? EvenBytes : OddBytes);
        var array = bytes.Array!;
        var end = bytes.Offset + bytes.Count;
        for (var i = bytes.Offset; i < end; i += 2)
        {
            AppendChar(builder, (char)(array[i] | (i + 1 < end ? array[i + 1] << 8 : 0)));
        }

        builder.Append('"');
    }

    /// <summary>
    /// A char as itself when it is printable ASCII (other than a quote or a backslash) or in the ranges of
    /// letters and symbols that take most pairs of ASCII bytes (U+2030–U+205E, U+2070–U+2FFF,
    /// U+3001–U+D7FF): none of them is a control, a line break, white space, or a format char such as a
    /// bidirectional override, so the literal is one line of visible text. Anything else is escaped: the
    /// rest of the Latin-1 and punctuation blocks, spaces, surrogates, private use and specials.
    /// </summary>
    private static void AppendChar(StringBuilder builder, char c)
    {
        if (c is (>= ' ' and < '\u007F' and not '"' and not '\\') or (>= '\u2030' and <= '\u205E') or (>= '\u2070' and <= '\u2FFF') or (>= '\u3001' and <= '\uD7FF'))
        {
            builder.Append(c);
        }
        else
        {
            builder.Append('\\').Append('u').Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 0xF]).Append(Hex[(c >> 4) & 0xF]).Append(Hex[c & 0xF]);
        }
    }
}
