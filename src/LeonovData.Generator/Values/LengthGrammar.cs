using System;

namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of a length: [hedge] amount unit ("almost 500 kilometres",
/// "4.8 m", "16 feet", "4.8-metre").</summary>
/// <remarks>The amount keeps the decimal places it was written with: they are its precision, which
/// unit-conversion checks rely on. After a hyphen the unit is a singular word ("16-foot").</remarks>
internal static class LengthGrammar
{
    public const string Examples = "write a length like '4.8 m', '4.8 metres', '16 feet' or 'almost 500 kilometres'";

    private const string UnitList = "use metres (m), kilometres (km), centimetres (cm), millimetres (mm), feet (ft), inches (in), yards (yd) or miles (mi)";

    public static TextReading ReadText(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the length itself");
        }

        var cursor = new Cursor(tokens);
        var comparator = Hedges.Match(cursor);
        if (cursor.AtEnd)
        {
            return TextReading.Fail("there is no amount after the hedge; " + Examples);
        }

        var amountStart = cursor.Position;
        var amountError = ReadAmount(cursor, out var amount, out var scale, out var article);
        if (amountError is not null)
        {
            return TextReading.Fail(amountError);
        }

        var amountText = cursor.TextOf(amountStart, cursor.Position);
        var hyphenated = false;
        if (cursor.IsJoinedHyphen())
        {
            cursor.Advance();
            hyphenated = true;
        }

        if (cursor.AtEnd)
        {
            return TextReading.Fail("there is no unit after " + Quote.Of(amountText) + "; " + Examples);
        }

        var unitError = ReadUnit(cursor, amountText, hyphenated, article, out var symbol);
        if (unitError is not null)
        {
            return TextReading.Fail(unitError);
        }

        if (!cursor.AtEnd)
        {
            return TextReading.Fail("unexpected " + Quote.Of(cursor.Current) + " after the unit; " + Examples);
        }

        return TextReading.Of(new Quantity(amount, symbol, scale, comparator));
    }

    /// <summary>The <c>v=</c> form: amount, one space, unit symbol ("4.8 m", "500 km", "310 mi").</summary>
    public static Reading<Quantity> ReadNormalized(string text)
    {
        const string form = "write the amount, a space and the unit symbol (for example \"4.8 m\", \"500 km\", \"16 ft\")";
        var space = text.IndexOf(' ');
        if (space <= 0 || space != text.LastIndexOf(' ') || space == text.Length - 1)
        {
            return Reading<Quantity>.Fail(Quote.Of(text) + " is not a normalised length; " + form);
        }

        var number = text.Substring(0, space);
        var unit = text.Substring(space + 1);
        var tokens = Tokenizer.Tokenize(number);
        if (tokens.Count != 1 || !tokens[0].IsNumber || tokens[0].Grouped || tokens[0].Text.Length != number.Length)
        {
            return Reading<Quantity>.Fail(Quote.Of(number) + " is not an amount; " + form);
        }

        if (!Numbers.TryDecimal(tokens[0], out var amount, out var error))
        {
            return Reading<Quantity>.Fail(error!);
        }

        if (!LengthUnits.TryParseSymbol(unit, out var symbol))
        {
            return Reading<Quantity>.Fail(Quote.Of(unit) + " is not a unit symbol; " + SymbolHint(unit));
        }

        return Reading<Quantity>.Ok(new Quantity(amount, symbol, tokens[0].FractionDigits, Comparator.Exact));
    }

    private static string? ReadAmount(Cursor cursor, out decimal amount, out int scale, out bool article)
    {
        amount = 0m;
        scale = 0;
        article = false;
        var token = cursor.Current;
        if (token.IsNumber)
        {
            if (!Numbers.TryDecimal(token, out amount, out var error))
            {
                return error;
            }

            scale = token.FractionDigits;
            cursor.Advance();
            return null;
        }

        if (NumberWords.TryMatchCardinal(cursor, out var words))
        {
            amount = words;
            return null;
        }

        if (cursor.TryWord("a") || cursor.TryWord("an"))
        {
            amount = 1m;
            article = true;
            return null;
        }

        return Numbers.NotANumber(token) + "; " + Examples;
    }

    private static string? ReadUnit(Cursor cursor, string amountText, bool hyphenated, bool article, out string symbol)
    {
        var token = cursor.Current;
        if (token.IsWord && LengthUnits.TryParseSymbol(token.Text, out symbol))
        {
            if (hyphenated)
            {
                return "after a hyphen write the unit as a singular word ('" + amountText + "-" + LengthUnits.SingularWord(symbol) + "')";
            }

            cursor.Advance();

            // "16 ft." — the dot belongs to an imperial abbreviation; SI symbols take none.
            if ((symbol is "ft" or "in" or "yd" or "mi") && cursor.IsSymbol('.') && !cursor.Current.SpaceBefore)
            {
                cursor.Advance();
            }

            return null;
        }

        if (token.IsWord && LengthUnits.TryParseWord(token.Text, out symbol, out var plural))
        {
            if (plural && (hyphenated || article))
            {
                return (hyphenated ? "after a hyphen the unit is singular; write '" + amountText + "-" : "write '" + amountText + " ")
                    + LengthUnits.SingularWord(symbol) + "'";
            }

            cursor.Advance();
            return null;
        }

        symbol = string.Empty;
        if (!token.IsWord)
        {
            return "expected a unit of length, found " + Quote.Of(token) + "; " + UnitList;
        }

        return Quote.Of(token) + " is not a unit of length; " + SymbolHint(token.Text);
    }

    private static string SymbolHint(string unit)
    {
        var lower = unit.ToLowerInvariant();
        if (!string.Equals(lower, unit, StringComparison.Ordinal) && LengthUnits.IsKnownSymbol(lower))
        {
            return "unit symbols are lower-case ('" + lower + "')";
        }

        if (LengthUnits.TryParseWord(unit, out var symbol, out _))
        {
            return "use the unit symbol '" + symbol + "'";
        }

        var suggestion = DidYouMean.Suggest(unit, LengthUnits.AllWords);
        return suggestion is not null ? "did you mean '" + suggestion + "'?" : UnitList;
    }
}
