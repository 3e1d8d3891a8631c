namespace LeonovData.Generator.Values;

internal enum TokenKind
{
    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>ASCII digits, with optional "1,000" grouping and a decimal fraction.</summary>
    Number,

    /// <summary>Any other single character (punctuation, dashes, and anything unexpected).</summary>
    Symbol,
}
