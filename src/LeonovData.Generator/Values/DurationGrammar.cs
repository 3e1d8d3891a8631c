namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of a duration as prose writes it.</summary>
/// <remarks>
/// [hedge] amount unit { [","] ["and"] amount unit }, units from the largest to the smallest.
/// Amounts are whole numbers in digits or words, or "a"/"an"; "12-minute" (hyphen, singular
/// unit) is the adjective form. Weeks count as seven days. The smallest stated unit is the precision.
/// </remarks>
internal static class DurationGrammar
{
    public const string Examples = "write a duration like '12 minutes and 9 seconds', '12-minute', 'two days' or 'about 40 minutes'";

    public static TextReading ReadText(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the duration itself");
        }

        var cursor = new Cursor(tokens);
        var comparator = Hedges.Match(cursor);
        if (cursor.AtEnd)
        {
            return TextReading.Fail("there is no amount after the hedge; " + Examples);
        }

        // Indexed by rank: years, months, weeks, days, hours, minutes, seconds.
        var parts = new long[7];
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

    /// <summary>Reads "12 minutes", "12-minute", "a minute" into <paramref name="parts"/>; returns an error or null.</summary>
    private static string? ReadComponent(Cursor cursor, long[] parts, ref int lastRank)
    {
        var amountStart = cursor.Position;
        var amountToken = cursor.Current;
        int amount;
        var article = false;
        if (amountToken.IsNumber && amountToken.FractionDigits > 0)
        {
            return Quote.Of(amountToken) + " is not a whole number; write whole units ('1 hour and 30 minutes') or give v= in ISO 8601 (v=PT1H30M)";
        }

        if (!Numbers.TryWholeAt(cursor, out amount, out var amountError))
        {
            if (!(cursor.TryWord("a") || cursor.TryWord("an")))
            {
                return amountError + "; " + Examples;
            }

            amount = 1;
            article = true;
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
            return "after a hyphen the unit is singular; write '" + amountText + "-" + singular + "'";
        }

        if (article && plural)
        {
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

        parts[rank] = amount;
        lastRank = rank;
        cursor.Advance();
        if (abbreviated && cursor.IsSymbol('.') && !cursor.Current.SpaceBefore)
        {
            cursor.Advance();
        }

        return null;
    }

    private static bool StartsAmount(Token token) =>
        token.IsNumber || (token.IsWord && (token.IsWordOf("a") || token.IsWordOf("an") || NumberWords.TryParseCardinal(token.Text, out _)));
}
