namespace LeonovData.Generator.Values;

/// <summary>The normalised form of ages, counts and ordinals: a whole number in ASCII digits ("85").</summary>
internal static class IntegerForm
{
    public static Reading<IntegerValue> Read(ValueKind kind, string text)
    {
        long number = 0;
        var valid = text.Length > 0;
        foreach (var ch in text)
        {
            if (!Tokenizer.IsDigit(ch))
            {
                valid = false;
                break;
            }

            number = (number * 10) + (ch - '0');
            if (number > int.MaxValue)
            {
                return Reading<IntegerValue>.Fail(Quote.Of(text) + " is too large");
            }
        }

        if (!valid)
        {
            return Reading<IntegerValue>.Fail(Quote.Of(text) + " is not a whole number; write digits only (for example 85)");
        }

        if (kind == ValueKind.Ordinal && number == 0)
        {
            return Reading<IntegerValue>.Fail("ordinals start at 1");
        }

        if (kind == ValueKind.Age && number > AgeGrammar.MaxAge)
        {
            return Reading<IntegerValue>.Fail(Quote.Of(text) + " is not a plausible age (at most " + Numbers.Invariant(AgeGrammar.MaxAge) + ")");
        }

        return Reading<IntegerValue>.Ok(new IntegerValue(kind, (int)number, Comparator.Exact));
    }
}
