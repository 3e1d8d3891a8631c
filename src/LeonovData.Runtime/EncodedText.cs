namespace LeonovData
{
    /// <summary>Decodes the strings of the generated data, and compares them.</summary>
    internal static class EncodedText
    {
        /// <summary>
        /// <see cref="string.CompareOrdinal(string, string)"/>'s order (UTF-16 code units), the order the
        /// generator sorts its tables in: a plain loop, compiled with the runtime, where the framework's
        /// vectorised comparison is compiled on first use in each process.
        /// </summary>
        internal static int CompareOrdinal(string? a, string? b)
        {
            // As string.CompareOrdinal: null before any string (so Get(null) finds nothing).
            if (a is null || b is null)
            {
                return a is null ? (b is null ? 0 : -1) : 1;
            }

            var length = a.Length < b.Length ? a.Length : b.Length;
            for (var i = 0; i < length; i++)
            {
                var difference = a[i] - b[i];
                if (difference != 0)
                {
                    return difference;
                }
            }

            return a.Length - b.Length;
        }

#if NETSTANDARD2_0
        /// <summary>The data of a shard the corpus does not use.</summary>
        internal const string Empty = "";

        // The data is a string of UTF-8 bytes, one char each: ASCII is taken as it is, the rest decoded.
        internal static string Decode(string data, int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                if (data[i] >= 0x80)
                {
                    var bytes = new byte[length];
                    for (var b = 0; b < length; b++)
                    {
                        bytes[b] = (byte)data[start + b];
                    }

                    return Decoded(System.Text.Encoding.UTF8.GetString(bytes));
                }
            }

            return data.Substring(start, length);
        }
#else
        /// <summary>The data of a shard the corpus does not use.</summary>
        internal static EncodedBytes Empty => default;

        internal static string Decode(EncodedBytes data, int start, int length)
        {
            var bytes = data.Slice(start, length);
            if (IsAscii(bytes))
            {
                // Most of the data's strings (ids, properties, document keys) are ASCII: copied as
                // they are, without the UTF-8 decoder, whose first use costs a process milliseconds.
                System.Span<char> chars = length <= 256 ? stackalloc char[length] : new char[length];
                for (var i = 0; i < length; i++)
                {
                    chars[i] = (char)bytes[i];
                }

                return new string(chars);
            }

            return Decoded(System.Text.Encoding.UTF8.GetString(bytes));
        }

        private static bool IsAscii(EncodedBytes bytes)
        {
            foreach (var b in bytes)
            {
                if (b >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }
#endif

        private static string Decoded(string text) => text.Length > 0 && text[0] == '\uFFFF' ? Unescape(text) : text;

        /// <summary>
        /// A string UTF-8 cannot carry as it is (a lone surrogate) was stored as U+FFFF, then its text
        /// with each lone surrogate and each U+FFFF as U+FFFF and four hex digits (the generator's Emit/Blob.cs).
        /// </summary>
        private static string Unescape(string text)
        {
            var builder = new System.Text.StringBuilder(text.Length);
            for (var i = 1; i < text.Length; i++)
            {
                if (text[i] == '\uFFFF')
                {
                    builder.Append((char)int.Parse(text.Substring(i + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture));
                    i += 4;
                }
                else
                {
                    builder.Append(text[i]);
                }
            }

            return builder.ToString();
        }
    }
}
