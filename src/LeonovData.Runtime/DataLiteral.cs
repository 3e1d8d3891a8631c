#if !NETSTANDARD2_0
namespace LeonovData
{
    /// <summary>
    /// The string literals that carry a dataset's constant data. The compiler stores a string literal as
    /// it is, where a <c>u8</c> literal costs it work for every byte, so the data is written as string
    /// literals that begin with a short header: <see cref="Marker"/>, an ASCII key naming the blob
    /// (<c>d03</c>: shard 3's records, <c>t03</c>: its cited text, <c>cperson</c>: the person catalogue),
    /// and an end char that says whether the count of bytes is odd. The bytes (UTF-8) follow packed two to
    /// a char, little-endian, so that the literal's UTF-16 is the bytes themselves.
    /// </summary>
    /// <remarks>
    /// The runtime reads these literals in place from the assembly's metadata (<see cref="LiteralHeap"/>),
    /// without running the generated method that holds each one: that method would be compiled by the
    /// JIT, and the runtime would copy its literal, on first use. The generated methods are what it calls
    /// where the metadata cannot be read; this class reads their strings.
    /// </remarks>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class DataLiteral
    {
        /// <summary>The first char of every data literal (private use: no text starts with it by chance).</summary>
        internal const char Marker = '\uE04C';

        /// <summary>Ends the header of packed bytes of an even count.</summary>
        internal const char EvenBytes = '\uE000';

        /// <summary>Ends the header of packed bytes of an odd count: the last char carries one byte, and zero.</summary>
        internal const char OddBytes = '\uE001';

        /// <summary>The longest key a header holds; anything longer is not a data literal.</summary>
        private const int MaxKey = 64;

        /// <summary>The bytes a packed data literal carries (the generated code's fallback, where the metadata cannot be read).</summary>
        public static global::System.ReadOnlySpan<byte> Bytes(string literal)
        {
            global::System.ReadOnlySpan<char> chars = literal;
            var end = Header(chars, out _, out var payload);
            var packed = chars.Slice(payload);
            if (end is not (EvenBytes or OddBytes) || (end == OddBytes && packed.IsEmpty))
            {
                throw new global::System.ArgumentException("not a packed data literal", nameof(literal));
            }

            var length = (packed.Length * 2) - (end == OddBytes ? 1 : 0);
            if (global::System.BitConverter.IsLittleEndian)
            {
                return global::System.Runtime.InteropServices.MemoryMarshal.AsBytes(packed).Slice(0, length);
            }

            // A big-endian machine holds each char's bytes the other way round.
            var bytes = new byte[length];
            for (var i = 0; i < length; i++)
            {
                bytes[i] = (byte)(packed[i / 2] >> (8 * (i % 2)));
            }

            return bytes;
        }

        /// <summary>
        /// Reads a header: returns its end char (<see cref="EvenBytes"/> or <see cref="OddBytes"/>), its key
        /// and where the packed bytes start; '\0' when the chars do not start with one.
        /// </summary>
        internal static char Header(global::System.ReadOnlySpan<char> chars, out global::System.ReadOnlySpan<char> key, out int payload)
        {
            key = default;
            payload = 0;
            if (chars.Length < 2 || chars[0] != Marker)
            {
                return '\0';
            }

            for (var i = 1; i < chars.Length && i <= MaxKey + 1; i++)
            {
                var c = chars[i];
                if (c is EvenBytes or OddBytes)
                {
                    key = chars.Slice(1, i - 1);
                    payload = i + 1;
                    return c;
                }

                if (c is < ' ' or > '~')
                {
                    return '\0';
                }
            }

            return '\0';
        }
    }
}
#endif
