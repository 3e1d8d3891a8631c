namespace LeonovData
{
    /// <summary>
    /// The data is stored as string literals (C# 9 and 10, netstandard2.0, .NET Framework), which every
    /// target reads without System.Memory; the generator keeps each under the metadata's string heap.
    /// </summary>
    internal static class EncodedText
    {
        /// <summary>The data of a shard the corpus does not use.</summary>
        internal const string Empty = "";

        internal static string Decode(string data, int start, int length) => data.Substring(start, length);
    }
}
