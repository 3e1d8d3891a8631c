namespace LeonovData.Generator.Values;

/// <summary>Amounts with a fraction, as prose writes them: "2½", "1.5", "2 1/2", "two and a half",
/// "half a(n)", "a quarter of a(n)", "three quarters of a(n)", and "… and a half" after a unit
/// ("an hour and a half").</summary>
/// <remarks>Only halves, quarters and thirds have words; every amount is exact in decimal except
/// thirds, which the caller turns into whole smaller units (a third of an hour is 20 minutes).</remarks>
internal static class Fractions
{
    /// <summary>The amount at the cursor, whole or fractional; moves past it. On failure the cursor
    /// stays and <paramref name="error"/> says why. <paramref name="article"/> is true for a plain
    /// "a"/"an" (one), whose unit must then be singular.</summary>
    public static bool TryAmountAt(Cursor cursor, out decimal amount, out bool article, out string? error)
    {
        var start = cursor.Position;
        article = false;
        error = null;
        if (TryFractionPhrase(cursor, out amount))
        {
            return true;
        }

        if (!cursor.AtEnd && cursor.Current.Kind == TokenKind.Symbol && TryVulgar(cursor.Current.Text[0], out amount))
        {
            cursor.Advance();
            return true;
        }

        if (!cursor.AtEnd && cursor.Current.IsNumber)
        {
            if (!Numbers.TryDecimal(cursor.Current, out amount, out error))
            {
                return false;
            }

            cursor.Advance();
            var isWhole = cursor.Previous.FractionDigits == 0;
            if (isWhole && !cursor.AtEnd && !cursor.Current.SpaceBefore && cursor.Current.Kind == TokenKind.Symbol && TryVulgar(cursor.Current.Text[0], out var vulgar))
            {
                // "2½"
                cursor.Advance();
                amount += vulgar;
            }
            else if (isWhole && TrySlashFraction(cursor, out var slashed))
            {
                // "2 1/2"
                amount += slashed;
            }
            else if (isWhole)
            {
                amount += AndAFraction(cursor);
            }

            return true;
        }

        if (NumberWords.TryMatchCardinal(cursor, out var whole))
        {
            // "two and a half"
            amount = whole + AndAFraction(cursor);
            return true;
        }

        if (cursor.TryWord("a") || cursor.TryWord("an"))
        {
            amount = 1m;
            article = true;
            return true;
        }

        cursor.Position = start;
        error = cursor.AtEnd ? "the number is missing" : Numbers.NotANumber(cursor.Current);
        return false;
    }

    /// <summary>"and a half", "and a quarter", "and three quarters" at the cursor (moving past it), or 0.</summary>
    public static decimal AndAFraction(Cursor cursor)
    {
        if (!cursor.IsWord("and"))
        {
            return 0m;
        }

        var start = cursor.Position;
        cursor.Advance();
        if (TryFractionWord(cursor, out var fraction))
        {
            return fraction;
        }

        cursor.Position = start;
        return 0m;
    }

    /// <summary>"half a(n)", "a half", "a quarter of a(n)", "three quarters of a(n)", "a third of a(n)":
    /// a fraction of one unit; the unit follows.</summary>
    private static bool TryFractionPhrase(Cursor cursor, out decimal amount)
    {
        var start = cursor.Position;
        if (cursor.TryWord("half"))
        {
            // "half an hour", "half a day"
            amount = 0.5m;
            if (cursor.TryWord("a") || cursor.TryWord("an"))
            {
                return true;
            }
        }
        else if (TryFractionWord(cursor, out amount))
        {
            // "a quarter of an hour", "a half hour", "a quarter hour"
            var of = cursor.Position;
            if (cursor.TryWord("of") && !(cursor.TryWord("a") || cursor.TryWord("an")))
            {
                cursor.Position = of;
            }

            return true;
        }

        cursor.Position = start;
        amount = 0m;
        return false;
    }

    /// <summary>"a half", "one half", "a quarter", "three quarters", "a third", "two thirds".</summary>
    private static bool TryFractionWord(Cursor cursor, out decimal amount)
    {
        var start = cursor.Position;
        amount = 0m;
        decimal count;
        if (cursor.TryWord("a") || cursor.TryWord("an"))
        {
            count = 1m;
        }
        else if (NumberWords.TryMatchCardinal(cursor, out var number) && number is >= 1 and <= 3)
        {
            count = number;
        }
        else
        {
            cursor.Position = start;
            return false;
        }

        if (cursor.IsWord("half") && count == 1m)
        {
            amount = 0.5m;
        }
        else if (cursor.IsWord("quarter") || cursor.IsWord("quarters"))
        {
            amount = count * 0.25m;
        }
        else if (cursor.IsWord("third") || cursor.IsWord("thirds"))
        {
            amount = count / 3m;
        }

        if (amount == 0m || amount >= 1m)
        {
            cursor.Position = start;
            amount = 0m;
            return false;
        }

        cursor.Advance();
        return true;
    }

    private static bool TrySlashFraction(Cursor cursor, out decimal amount)
    {
        amount = 0m;
        if (!cursor.Has(2) || !cursor.Current.IsDigits || !cursor.Current.SpaceBefore
            || !cursor.IsSymbol('/', 1) || cursor.Peek(1).SpaceBefore || !cursor.Peek(2).IsDigits || cursor.Peek(2).SpaceBefore)
        {
            return false;
        }

        if (!Numbers.TryWhole(cursor.Current, out var numerator, out _) || !Numbers.TryWhole(cursor.Peek(2), out var denominator, out _)
            || denominator is not (2 or 3 or 4 or 8) || numerator <= 0 || numerator >= denominator)
        {
            return false;
        }

        amount = (decimal)numerator / denominator;
        cursor.Advance(3);
        return true;
    }

    /// <summary>The Unicode vulgar fractions prose uses: ½ ¼ ¾ ⅓ ⅔ ⅛ ⅜ ⅝ ⅞.</summary>
    public static bool TryVulgar(char c, out decimal value)
    {
        value = c switch
        {
            '\u00BD' => 0.5m,
            '\u00BC' => 0.25m,
            '\u00BE' => 0.75m,
            '\u2153' => 1m / 3m,
            '\u2154' => 2m / 3m,
            '\u215B' => 0.125m,
            '\u215C' => 0.375m,
            '\u215D' => 0.625m,
            '\u215E' => 0.875m,
            _ => 0m,
        };
        return value != 0m;
    }
}
