namespace LeonovData
{
    /// <summary>The data is stored as UTF-8 literals (C# 11 or later, on a target that decodes spans).</summary>
    internal static class EncodedText
    {
        /// <summary>The data of a shard the corpus does not use.</summary>
        internal static global::System.ReadOnlySpan<byte> Empty => default;

        internal static string Decode(global::System.ReadOnlySpan<byte> data, int start, int length) =>
            global::System.Text.Encoding.UTF8.GetString(data.Slice(start, length));
    }
}
