using System;

namespace LeonovData.Generator.Values;

/// <summary>The closed set of length units: the words and symbols the text may use, and each
/// symbol's exact size in metres.</summary>
internal static class LengthUnits
{
    // The parsers cap amounts far below this; the clamp only keeps hand-built values from overflowing.
    private const decimal MaxMetres = 1e27m;

    private static readonly string[] Symbols = { "m", "km", "cm", "mm", "ft", "in", "yd", "mi" };

    // International yard and pound agreement (1959): exact.
    private static readonly decimal[] Metres = { 1m, 1000m, 0.01m, 0.001m, 0.3048m, 0.0254m, 0.9144m, 1609.344m };

    // word, symbol, plural
    private static readonly (string Word, string Symbol, bool Plural)[] Words =
    {
        ("metre", "m", false), ("metres", "m", true), ("meter", "m", false), ("meters", "m", true),
        ("kilometre", "km", false), ("kilometres", "km", true), ("kilometer", "km", false), ("kilometers", "km", true),
        ("centimetre", "cm", false), ("centimetres", "cm", true), ("centimeter", "cm", false), ("centimeters", "cm", true),
        ("millimetre", "mm", false), ("millimetres", "mm", true), ("millimeter", "mm", false), ("millimeters", "mm", true),
        ("foot", "ft", false), ("feet", "ft", true),
        ("inch", "in", false), ("inches", "in", true),
        ("yard", "yd", false), ("yards", "yd", true),
        ("mile", "mi", false), ("miles", "mi", true),
    };

    /// <summary>Every unit word the grammar knows, for did-you-mean suggestions.</summary>
    public static readonly string[] AllWords = BuildAllWords();

    public static bool IsKnownSymbol(string? symbol) => IndexOfSymbol(symbol) >= 0;

    /// <summary>Case-sensitive: symbols are "m" and "km", never "M" (mega) or "KM".</summary>
    public static bool TryParseSymbol(string text, out string symbol)
    {
        var index = IndexOfSymbol(text);
        symbol = index >= 0 ? Symbols[index] : string.Empty;
        return index >= 0;
    }

    /// <summary>A unit word ("metres", "feet"), case-insensitive.</summary>
    public static bool TryParseWord(string text, out string symbol, out bool plural)
    {
        foreach (var entry in Words)
        {
            if (string.Equals(entry.Word, text, StringComparison.OrdinalIgnoreCase))
            {
                symbol = entry.Symbol;
                plural = entry.Plural;
                return true;
            }
        }

        symbol = string.Empty;
        plural = false;
        return false;
    }

    /// <summary>The singular word for a symbol, for messages ("4.8-metre").</summary>
    public static string SingularWord(string symbol)
    {
        foreach (var entry in Words)
        {
            if (!entry.Plural && entry.Symbol == symbol)
            {
                return entry.Word;
            }
        }

        return symbol;
    }

    public static decimal ToMetres(decimal amount, string? symbol)
    {
        var index = IndexOfSymbol(symbol);
        if (index < 0)
        {
            return 0m;
        }

        var factor = Metres[index];
        var limit = MaxMetres / factor;
        if (amount > limit)
        {
            return MaxMetres;
        }

        if (amount < -limit)
        {
            return -MaxMetres;
        }

        return amount * factor;
    }

    private static int IndexOfSymbol(string? symbol)
    {
        for (var i = 0; i < Symbols.Length; i++)
        {
            if (string.Equals(Symbols[i], symbol, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // Plurals first: a misspelt unit after a number is far more often plural ("kilometrs").
    private static string[] BuildAllWords()
    {
        var words = new string[Words.Length];
        var next = 0;
        foreach (var plural in new[] { true, false })
        {
            foreach (var entry in Words)
            {
                if (entry.Plural == plural)
                {
                    words[next++] = entry.Word;
                }
            }
        }

        return words;
    }
}
