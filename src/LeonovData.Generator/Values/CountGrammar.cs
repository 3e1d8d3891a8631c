namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of a count: [hedge] ("twice" | "once" | "thrice" | N | N-time | N times),
/// N in digits or words ("two-time", "Two", "14", "nine").</summary>
internal static class CountGrammar
{
    public const string Examples = "write a count like 'twice', 'two-time', 'three times', 'nine' or '14'";

    public static TextReading ReadText(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the count itself");
        }

        var cursor = Cursor.Over(tokens);
        var comparator = Hedges.Match(cursor);
        if (cursor.AtEnd)
        {
            return TextReading.Fail("there is no number after the hedge; " + Examples);
        }

        int count;
        if (cursor.Current.IsWord && NumberWords.TryParseFrequency(cursor.Current.Text, out count))
        {
            cursor.Advance();
        }
        else
        {
            if (!Numbers.TryWholeAt(cursor, out count, out var error))
            {
                return TextReading.Fail(error + "; " + Examples);
            }

            // "two-time Hero", "three times"
            if (cursor.IsJoinedHyphen() && cursor.IsWord("time", 1))
            {
                cursor.Advance(2);
            }
            else
            {
                cursor.TryWord("times");
            }
        }

        if (!cursor.AtEnd)
        {
            return TextReading.Fail("unexpected " + Quote.Of(cursor.Current) + " after the count; " + Examples);
        }

        return TextReading.Of(new IntegerValue(ValueKind.Count, count, comparator));
    }
}
