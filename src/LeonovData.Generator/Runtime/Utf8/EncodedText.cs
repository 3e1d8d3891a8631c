namespace LeonovData
{
    /// <summary>The data is stored as UTF-8 literals (C# 11 or later, on a target that decodes spans).</summary>
    internal static class EncodedText
    {
        /// <summary>The data of a shard the corpus does not use.</summary>
        internal static global::System.ReadOnlySpan<byte> Empty => default;

        internal static string Decode(global::System.ReadOnlySpan<byte> data, int start, int length)
        {
            var text = global::System.Text.Encoding.UTF8.GetString(data.Slice(start, length));
            return text.Length > 0 && text[0] == '\uFFFF' ? Unescape(text) : text;
        }

        /// <summary>
        /// A string UTF-8 cannot carry as it is (a lone surrogate) was stored as U+FFFF, then its text
        /// with each lone surrogate and each U+FFFF as U+FFFF and four hex digits (the generator's Emit/Blob.cs).
        /// </summary>
        private static string Unescape(string text)
        {
            var builder = new global::System.Text.StringBuilder(text.Length);
            for (var i = 1; i < text.Length; i++)
            {
                if (text[i] == '\uFFFF')
                {
                    builder.Append((char)int.Parse(text.Substring(i + 1, 4), global::System.Globalization.NumberStyles.AllowHexSpecifier, global::System.Globalization.CultureInfo.InvariantCulture));
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
