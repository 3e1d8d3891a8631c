namespace LeonovData
{
    // The generated data comes in two forms. Spans, read in place, need C# 11 and the runtime's net8.0
    // build: data literals found in the assembly's metadata (DataLiteral.cs, LiteralHeap.cs), and UTF-8
    // literals ("..."u8) past their budget. String literals of the same UTF-8 bytes, one char per byte
    // (0-255), compile on every target and C# version. Code generated for one build of the runtime
    // must run on the other (a netstandard2.0 library in a .NET 8 app gets the net8.0 build), so the
    // string form is in both builds with the same signatures, and the span form only where spans are.

#if NETSTANDARD2_0
    internal delegate EncodedBytes DataSource();

    internal delegate EncodedBytes ShardData(int shard);

    internal delegate EncodedBytes ShardText(int shard, out string? text);
#else
    /// <summary>Returns a blob of generated constant data (a data literal's bytes, or a UTF-8 literal).</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public delegate EncodedBytes DataSource();

    /// <summary>Returns one data shard's constant data (a data literal's bytes, or a UTF-8 literal); empty when the corpus has none there.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public delegate EncodedBytes ShardData(int shard);

    /// <summary>
    /// Returns one data shard's cited text: a string (through <paramref name="text"/>), or, past the
    /// string-literal budget, UTF-8 (returned); both empty when the shard cites nothing.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public delegate EncodedBytes ShardText(int shard, out string? text);
#endif

    /// <summary>Returns a blob of generated constant data as a string literal of its UTF-8 bytes, one char each.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public delegate string StringDataSource();

    /// <summary>Returns one data shard's constant data as a string literal of its UTF-8 bytes; empty when the corpus has none there.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public delegate string StringShardData(int shard);

    /// <summary>Returns one data shard's cited text, or null when the shard cites nothing.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public delegate string? StringShardText(int shard);

    /// <summary>
    /// Returns the entity of kind <paramref name="kind"/> with id <paramref name="id"/>, from that kind's
    /// catalogue; null when there is none. The generated dataset passes one to its corpus, so that a
    /// stored reference becomes a typed entity without a lambda in every generated member.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public delegate Entity? EntityLookup(string kind, string id);

    /// <summary>Reads the string form through the same reader as the span form.</summary>
    internal static class DataForms
    {
#if NETSTANDARD2_0
        // Strings are what this build reads: each char is one byte of the data.
        internal static HeldBytes Held(string data) => data;
#else
        // A blob's chars are copied to bytes once, when its reader is made, and read in place from
        // then on, without a delegate call to the generated code on each read.
        internal static HeldBytes Held(string data) => System.Text.Encoding.Latin1.GetBytes(data);
#endif

        internal static ShardText Text(StringShardText text) => (int shard, out string? cited) =>
        {
            cited = text(shard);
            return EncodedText.Empty;
        };
    }
}
