using System;

namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of a measured amount: [hedge] amount unit, for lengths ("almost 500
/// kilometres", "4.8-metre"), masses ("47 pounds"), speeds ("25,000 miles per hour"), areas
/// ("1,500 square feet"), volumes ("5 litres") and temperatures ("−40 °C", "250 degrees Fahrenheit").</summary>
/// <remarks>The amount keeps the decimal places it was written with: they are its precision, which
/// unit-conversion checks rely on. After a hyphen the unit is a singular word ("16-foot"). Only a
/// temperature may be negative.</remarks>
internal static class QuantityGrammar
{
    public static string Examples(ValueKind kind) => kind switch
    {
        ValueKind.Mass => "write a mass like '21.3 kg', '47 pounds' or 'about 2 tonnes'",
        ValueKind.Speed => "write a speed like '25,000 miles per hour', '11 km/s' or '7.8 m/s'",
        ValueKind.Area => "write an area like '1,500 square feet', '2 ha' or '30 m²'",
        ValueKind.Volume => "write a volume like '5 litres', '2 gallons' or '1.5 m³'",
        ValueKind.Temperature => "write a temperature like '250 °F', '−40 degrees Celsius' or '300 K'",
        _ => "write a length like '4.8 m', '4.8 metres', '16 feet' or 'almost 500 kilometres'",
    };

    public static TextReading ReadText(ValueKind kind, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the " + Name(kind) + " itself");
        }

        var cursor = Cursor.Over(tokens);
        var comparator = Hedges.Match(cursor);
        if (cursor.AtEnd)
        {
            return TextReading.Fail("there is no amount after the hedge; " + Examples(kind));
        }

        var amountStart = cursor.Position;
        var amountError = ReadAmount(kind, cursor, out var amount, out var scale, out var article);
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
            return TextReading.Fail("there is no unit after " + Quote.Of(amountText) + "; " + Examples(kind));
        }

        var unitError = ReadUnit(kind, cursor, amountText, hyphenated, article, out var symbol);
        if (unitError is not null)
        {
            return TextReading.Fail(unitError);
        }

        if (!cursor.AtEnd)
        {
            return TextReading.Fail("unexpected " + Quote.Of(cursor.Current) + " after the unit; " + Examples(kind));
        }

        return TextReading.Of(new Quantity(amount, symbol, scale, comparator));
    }

    /// <summary>The <c>v=</c> form: amount, one space, unit symbol ("4.8 m", "21.3 kg", "−40 °C").</summary>
    public static Reading<Quantity> ReadNormalized(ValueKind kind, string text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || space != text.LastIndexOf(' ') || space == text.Length - 1)
        {
            return Reading<Quantity>.Fail(Quote.Of(text) + " is not a normalised " + Name(kind) + "; " + NormalizedForm(kind));
        }

        var number = text.Substring(0, space);
        var negative = kind == ValueKind.Temperature && number.Length > 1 && number[0] is '-' or '\u2212';
        var digits = negative ? number.Substring(1) : number;
        var tokens = Tokenizer.Tokenize(digits);
        if (tokens.Count != 1 || !tokens[0].IsNumber || tokens[0].Grouped || tokens[0].Text.Length != digits.Length)
        {
            return Reading<Quantity>.Fail(Quote.Of(number) + " is not an amount; " + NormalizedForm(kind));
        }

        if (!Numbers.TryDecimal(tokens[0], out var amount, out var error))
        {
            return Reading<Quantity>.Fail(error!);
        }

        var symbol = text.Substring(space + 1);
        var unit = Units.OfSymbol(symbol);
        if (unit is null)
        {
            return Reading<Quantity>.Fail(Quote.Of(symbol) + " is not a unit symbol; " + SymbolHint(kind, symbol));
        }

        if (unit.Kind != kind)
        {
            return Reading<Quantity>.Fail(OtherKind(unit, kind));
        }

        return Reading<Quantity>.Ok(new Quantity(negative ? -amount : amount, unit.Symbol, tokens[0].FractionDigits, Comparator.Exact));
    }

    /// <summary>How a <c>v=</c> amount is written, for a message only: a v= read without fault made it in vain.</summary>
    private static string NormalizedForm(ValueKind kind) =>
        "write the amount, a space and the unit symbol (for example " + kind switch
        {
            ValueKind.Mass => "\"21.3 kg\", \"47 lb\"",
            ValueKind.Speed => "\"11 km/s\", \"25000 mph\"",
            ValueKind.Area => "\"30 m²\", \"1500 ft²\"",
            ValueKind.Volume => "\"5 L\", \"1.5 m³\"",
            ValueKind.Temperature => "\"-40 °C\", \"250 °F\"",
            _ => "\"4.8 m\", \"500 km\", \"16 ft\"",
        } + ")";

    public static string Name(ValueKind kind) => ValueParser.KindNames[(int)kind];

    private static string? ReadAmount(ValueKind kind, Cursor cursor, out decimal amount, out int scale, out bool article)
    {
        amount = 0m;
        scale = 0;
        var negative = false;
        if (kind == ValueKind.Temperature && (cursor.Current.IsHyphen || cursor.Current.IsSymbol('\u2212') || cursor.IsWord("minus")) && cursor.Has(1) && cursor.Peek(1).IsNumber)
        {
            // "−40 °C", "-40°F", "minus 40 degrees"
            negative = true;
            cursor.Advance();
        }

        var first = cursor.Current;
        if (!Fractions.TryAmountAt(cursor, out amount, out article, out var error))
        {
            return error + "; " + Examples(kind);
        }

        scale = ScaleOf(amount, first);
        if (scale < 0)
        {
            return Quote.Of(cursor.TextOf(cursor.Position - 1, cursor.Position)) + " is no amount in decimals; give v= with the amount in decimals";
        }

        amount = negative ? -amount : amount;
        return null;
    }

    /// <summary>The decimals of an amount: as written for digits ("4.80" has 2), as needed for a
    /// fraction ("2½" has 1); -1 when a fraction has no exact decimal form (a third).</summary>
    private static int ScaleOf(decimal amount, Token first)
    {
        if (first.IsNumber && amount == Math.Round(amount, first.FractionDigits))
        {
            return first.FractionDigits;
        }

        for (var scale = 0; scale <= 3; scale++)
        {
            if (amount == Math.Round(amount, scale))
            {
                return scale;
            }
        }

        return -1;
    }

    private static string? ReadUnit(ValueKind kind, Cursor cursor, string amountText, bool hyphenated, bool article, out string symbol)
    {
        symbol = string.Empty;
        var token = cursor.Current;
        if (!Units.TryMatch(cursor, out var unit, out var spelling))
        {
            return !token.IsWord && !token.IsSymbol('°')
                ? "expected a unit of " + Name(kind) + ", found " + Quote.Of(token) + "; use " + Units.ListOf(kind)
                : Quote.Of(token) + " is not a unit of " + Name(kind) + "; " + SymbolHint(kind, token.Text);
        }

        if (unit.Kind != kind)
        {
            return OtherKind(unit, kind);
        }

        if (spelling.IsSymbol && hyphenated)
        {
            return "after a hyphen write the unit as a singular word ('" + amountText + "-" + unit.SingularWord + "')";
        }

        if (spelling.IsPlural && (hyphenated || article))
        {
            return (hyphenated ? "after a hyphen the unit is singular; write '" + amountText + "-" : "write '" + amountText + " ")
                + unit.SingularWord + "'";
        }

        // "16 ft." — the dot belongs to an imperial abbreviation; SI symbols take none.
        if (spelling.IsSymbol && unit.Symbol is "ft" or "in" or "yd" or "mi" or "lb" or "oz" or "gal" && cursor.IsSymbol('.') && !cursor.Current.SpaceBefore)
        {
            cursor.Advance();
        }

        symbol = unit.Symbol;
        return null;
    }

    private static string OtherKind(Units.Unit unit, ValueKind kind) =>
        "'" + unit.Symbol + "' is a unit of " + Name(unit.Kind) + ", not of " + Name(kind) + "; annotate the span as ." + Name(unit.Kind) + ", or choose a unit of " + Name(kind);

    private static string SymbolHint(ValueKind kind, string unit)
    {
        var lower = unit.ToLowerInvariant();
        if (!string.Equals(lower, unit, StringComparison.Ordinal) && Units.OfSymbol(lower) is { } lowerUnit && lowerUnit.Kind == kind)
        {
            return "unit symbols are lower-case ('" + lower + "')";
        }

        var tokens = Tokenizer.Tokenize(unit);
        if (tokens.Count > 0 && Units.TryMatch(Cursor.Over(tokens), out var word, out var spelling) && !spelling.IsSymbol && word.Kind == kind)
        {
            return "use the unit symbol '" + word.Symbol + "'";
        }

        var suggestion = DidYouMean.Suggest(unit, Units.WordsOf(kind));
        return suggestion is not null ? "did you mean '" + suggestion + "'?" : "use " + Units.ListOf(kind);
    }
}
