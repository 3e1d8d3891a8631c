namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of a duration as prose writes it.</summary>
/// <remarks>
/// [hedge] amount unit { [","] ["and"] amount unit }, units from the largest to the smallest.
/// Amounts are numbers in digits or words, "a"/"an", or fractions (<see cref="Fractions"/>:
/// "2½ hours", "two and a half hours", "a quarter of an hour", "1.5 hours"), a fraction carried
/// into the smaller units; "12-minute" (hyphen, singular unit) is the adjective form. Weeks count
/// as seven days. The smallest unit stated or reached is the precision.
/// </remarks>
internal static class DurationGrammar
{
    public const string Examples = "write a duration like '12 minutes and 9 seconds', '12-minute', 'two days' or 'about 40 minutes'";

    // Indexed by rank: years, months, weeks, days, hours, minutes, seconds.
    private const int Ranks = 7;

    [System.ThreadStatic]
    private static long[]? s_parts;

    public static TextReading ReadText(string text)
    {
        // A corpus reads a duration per fact, and each made its seven counters only to drop them.
        // Per-thread scratch as BinderLists describes: taken by nulling the slot, given back
        // cleared (seven numbers, always small); a reading cut short by an exception drops it.
        var parts = s_parts ?? new long[Ranks];
        s_parts = null;
        var reading = ReadText(text, parts);
        System.Array.Clear(parts, 0, Ranks);
        s_parts = parts;
        return reading;
    }

    private static TextReading ReadText(string text, long[] parts)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the duration itself");
        }

        var cursor = Cursor.Over(tokens);
        var comparator = Hedges.Match(cursor);
        if (cursor.AtEnd)
        {
            return TextReading.Fail("there is no amount after the hedge; " + Examples);
        }

        var lastRank = -1;
        while (true)
        {
            var error = ReadComponent(cursor, parts, ref lastRank);
            if (error is not null)
            {
                return TextReading.Fail(error);
            }

            if (cursor.AtEnd)
            {
                break;
            }

            var afterComponent = cursor.Previous;
            var separated = cursor.TrySymbol(',') | cursor.TryWord("and");
            if (cursor.AtEnd)
            {
                return TextReading.Fail("the text ends after " + Quote.Of(cursor.Previous) + "; " + Examples);
            }

            if (!separated && !StartsAmount(cursor.Current))
            {
                return TextReading.Fail("unexpected " + Quote.Of(cursor.Current) + " after " + Quote.Of(afterComponent) + "; " + Examples);
            }
        }

        var days = (parts[DurationUnits.WeekRank] * 7) + parts[3];
        if (days > int.MaxValue)
        {
            return TextReading.Fail("the duration is too long");
        }

        return TextReading.Of(new DurationValue(
            (int)parts[0], (int)parts[1], (int)days, (int)parts[4], (int)parts[5], (int)parts[6],
            DurationUnits.UnitOf(lastRank), comparator));
    }

    /// <summary>Reads "12 minutes", "12-minute", "a minute", "2½ hours", "an hour and a half" into
    /// <paramref name="parts"/>; returns an error or null.</summary>
    private static string? ReadComponent(Cursor cursor, long[] parts, ref int lastRank)
    {
        var amountStart = cursor.Position;
        if (!Fractions.TryAmountAt(cursor, out var amount, out var article, out var amountError))
        {
            return amountError + "; " + Examples;
        }

        // The amount's text ("twenty-one") is made only for a message.
        var amountEnd = cursor.Position;
        var hyphenated = false;
        if (cursor.IsJoinedHyphen())
        {
            cursor.Advance();
            hyphenated = true;
        }

        if (cursor.AtEnd)
        {
            return "there is no unit after " + Quote.Of(cursor.Previous) + "; " + Examples;
        }

        var unitToken = cursor.Current;
        if (!unitToken.IsWord || !DurationUnits.TryParse(unitToken.Text, out var rank, out var plural, out var abbreviated))
        {
            var suggestion = unitToken.IsWord ? DidYouMean.Suggest(unitToken.Text, DurationUnits.FullWords) : null;
            return Quote.Of(unitToken) + " is not a unit of time"
                + (suggestion is not null
                    ? DidYouMean.Clause(suggestion)
                    : "; use seconds, minutes, hours, days, weeks, months or years");
        }

        var singular = DurationUnits.SingularOf(rank);
        if (hyphenated && plural)
        {
            return "after a hyphen the unit is singular; write '" + cursor.TextOf(amountStart, amountEnd) + "-" + singular + "'";
        }

        if (article && plural)
        {
            var amountText = cursor.TextOf(amountStart, amountEnd);
            return "'" + amountText + " " + unitToken.Text + "' mixes one and many; write '" + amountText + " " + singular + "'";
        }

        if (rank == lastRank)
        {
            return "the " + singular + "s are given twice; state each unit once";
        }

        if (rank < lastRank)
        {
            return "the units are out of order; write them from the largest to the smallest ('1 hour and 30 minutes')";
        }

        cursor.Advance();
        if (abbreviated && cursor.IsSymbol('.') && !cursor.Current.SpaceBefore)
        {
            cursor.Advance();
        }

        // "an hour and a half", but not "2 hours and a minute"
        if (amount == decimal.Truncate(amount))
        {
            amount += Fractions.AndAFraction(cursor);
        }

        return Distribute(amount, rank, cursor, amountStart, amountEnd, unitToken.Text, parts, ref lastRank);
    }

    /// <summary>Adds the amount of one unit to <paramref name="parts"/>, carrying a fraction into
    /// smaller units ("2½ hours" is 2 hours 30 minutes; "1.5 years" 1 year 6 months); the smallest
    /// unit reached is the precision. The phrase (amount tokens [amountStart, amountEnd) and the
    /// unit) is joined only for a message, as a duration read without fault quotes nothing.</summary>
    private static string? Distribute(decimal amount, int rank, Cursor cursor, int amountStart, int amountEnd, string unit, long[] parts, ref int lastRank)
    {
        while (true)
        {
            var whole = decimal.Truncate(amount);
            if (whole > int.MaxValue)
            {
                return "the duration is too long";
            }

            parts[rank] += (long)whole;
            lastRank = rank;
            var fraction = amount - whole;
            if (fraction == 0m)
            {
                return null;
            }

            var next = DurationUnits.FinerRank(rank, out var factor);
            if (next < 0)
            {
                return Quote.Of(cursor.TextOf(amountStart, amountEnd) + " " + unit) + " is no whole number of smaller units; give v= in ISO 8601 (for example v=P1M15D)";
            }

            // Thirds are not exact in decimal: a third of an hour must still come out as 20 minutes.
            amount = decimal.Round(fraction * factor, 20);
            rank = next;
        }
    }

    private static bool StartsAmount(Token token) =>
        token.IsNumber
        || (token.Kind == TokenKind.Symbol && Fractions.TryVulgar(token.Text[0], out _))
        || (token.IsWord && (token.IsWordOf("a") || token.IsWordOf("an") || token.IsWordOf("half") || NumberWords.TryParseCardinal(token.Text, out _)));
}
