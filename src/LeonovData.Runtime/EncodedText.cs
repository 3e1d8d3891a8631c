namespace LeonovData
{
    /// <summary>Decodes the strings of the generated data.</summary>
    internal static class EncodedText
    {
#if NETSTANDARD2_0
        /// <summary>The data of a shard the corpus does not use.</summary>
        internal const string Empty = "";

        // String-literal data keeps its strings as they are.
        internal static string Decode(string data, int start, int length) => data.Substring(start, length);
#else
        /// <summary>The data of a shard the corpus does not use.</summary>
        internal static EncodedBytes Empty => default;

        internal static string Decode(EncodedBytes data, int start, int length)
        {
            var text = System.Text.Encoding.UTF8.GetString(data.Slice(start, length));
            return text.Length > 0 && text[0] == '\uFFFF' ? Unescape(text) : text;
        }

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
#endif
    }
}
