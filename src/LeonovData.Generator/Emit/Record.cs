using System.Text;

namespace LeonovData.Generator.Emit;

/// <summary>
/// One record of a <see cref="Blob"/>, being written (<see cref="Blob.Begin"/>): a sequence of
/// unsigned numbers in printable ASCII, so the literal stays short and the runtime reads it without
/// decoding text. A number is written low digits first, 5 bits a digit: '0'..'O' ends it, 'P'..'o'
/// says more digits follow. A struct over its table's text, so writing a record allocates nothing.
/// </summary>
internal readonly struct Record
{
    /// <summary>Digits of a fixed-width number (offsets and counts in a blob's header).</summary>
    public const int FixedWidth = 4;

    private readonly StringBuilder _text;

    internal Record(StringBuilder text) => _text = text;

    public Record Number(int value)
    {
        var v = (uint)value;
        while (v >= 32)
        {
            _text.Append((char)('P' + (int)(v & 31)));
            v >>= 5;
        }

        _text.Append((char)('0' + (int)v));
        return this;
    }

    /// <summary>A signed number, zigzag-encoded so that small negatives stay short.</summary>
    public Record Signed(int value) => Number((value << 1) ^ (value >> 31));

    public Record Flag(bool value) => Number(value ? 1 : 0);

    internal bool WritesTo(StringBuilder text) => ReferenceEquals(_text, text);

    /// <summary>A number below 2^24 in exactly <see cref="FixedWidth"/> digits of 6 bits ('0'..'o'), so tables can be indexed.</summary>
    public static void WriteFixed(char[] text, int at, int value)
    {
        for (var i = 0; i < FixedWidth; i++)
        {
            text[at + i] = (char)('0' + ((value >> (6 * i)) & 63));
        }
    }
}
