using System;

namespace LeonovData.Generator.Values;

/// <summary>One token of a covered text, as the value grammars see it.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, string text, bool spaceBefore, bool grouped, int fractionDigits)
    {
        Kind = kind;
        Text = text;
        SpaceBefore = spaceBefore;
        Grouped = grouped;
        FractionDigits = fractionDigits;
    }

    public TokenKind Kind { get; }

    public string Text { get; }

    /// <summary>White space comes right before the token: "12-minute" has none around its hyphen.</summary>
    public bool SpaceBefore { get; }

    /// <summary>A number written with thousands separators ("1,000").</summary>
    public bool Grouped { get; }

    /// <summary>Digits after the decimal point of a number ("4.8" has 1).</summary>
    public int FractionDigits { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>A number of plain digits: no grouping, no fraction.</summary>
    public bool IsDigits => Kind == TokenKind.Number && !Grouped && FractionDigits == 0;

    /// <summary>A hyphen as in "12-minute" or "2002-2019" (ASCII hyphen-minus or Unicode hyphens).</summary>
    public bool IsHyphen => Kind == TokenKind.Symbol && Text[0] is '-' or '\u2010' or '\u2011';

    /// <summary>A dash that only ever marks a range: en dash or em dash.</summary>
    public bool IsRangeDash => Kind == TokenKind.Symbol && Text[0] is '\u2013' or '\u2014';

    public bool IsWordOf(string word) =>
        Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text[0] == symbol;

    public override string ToString() => Text;
}
