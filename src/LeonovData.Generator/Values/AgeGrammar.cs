namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of an age in years: ["aged" | "age" | "at the age of" | "at age"]
/// [hedge] N ["years old" | "years" | "-year-old"] ("aged 85", "at the age of 85", "85").</summary>
internal static class AgeGrammar
{
    /// <summary>Older than any documented human; a larger age is a typo.</summary>
    public const int MaxAge = 150;

    public const string Examples = "write an age like 'aged 85', 'at the age of 85', 'age 79' or '85'";

    public static TextReading ReadText(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the age itself");
        }

        var cursor = Cursor.Over(tokens);
        if (!cursor.TryWord("aged") && !cursor.TryWord("age") && cursor.IsWord("at"))
        {
            cursor.Advance();
            var full = cursor.TryWord("the") && cursor.TryWord("age") && cursor.TryWord("of");
            if (!full && !cursor.TryWord("age"))
            {
                return TextReading.Fail("after 'at' write 'the age of' ('at the age of 85')");
            }
        }

        var comparator = Hedges.Match(cursor);
        if (cursor.AtEnd)
        {
            return TextReading.Fail("there is no number; " + Examples);
        }

        var number = cursor.Current;
        if (number.IsNumber && !number.IsDigits)
        {
            return TextReading.Fail(Quote.Of(number) + " is not a whole number of years; " + Examples);
        }

        if (!Numbers.TryWholeAt(cursor, out var age, out var error))
        {
            return TextReading.Fail(error + "; " + Examples);
        }

        // "85 years old", "85 years", "85-year-old"
        if (cursor.IsJoinedHyphen() && cursor.IsWord("year", 1) && cursor.IsJoinedHyphen(2) && cursor.IsWord("old", 3))
        {
            cursor.Advance(4);
        }
        else if (cursor.TryWord("years") || cursor.TryWord("year"))
        {
            cursor.TryWord("old");
        }

        if (!cursor.AtEnd)
        {
            return TextReading.Fail("unexpected " + Quote.Of(cursor.Current) + " after the age; " + Examples);
        }

        return age > MaxAge
            ? TextReading.Fail(Quote.Of(number) + " is not a plausible age (at most " + Numbers.Invariant(MaxAge) + ")")
            : TextReading.Of(new IntegerValue(ValueKind.Age, age, comparator));
    }
}
