namespace LeonovData.Generator.Values;

/// <remarks>A byte, so that a <see cref="Token"/> is 16 bytes rather than 24: a corpus tokenizes every
/// covered value, and the tokens' arrays were a tenth of what binding allocated.</remarks>
internal enum TokenKind : byte
{
    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>ASCII digits, with optional "1,000" grouping and a decimal fraction.</summary>
    Number,

    /// <summary>Any other single character (punctuation, dashes, and anything unexpected).</summary>
    Symbol,
}
