using System;

namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of an ordinal: "eleventh", "113th", "twenty-first", or a Roman
/// numeral I–XX, optionally followed by "class" or "degree" (which is accepted and ignored:
/// "3rd class", "III degree").</summary>
internal static class OrdinalGrammar
{
    public const string Examples = "write an ordinal like 'eleventh', '113th', '3rd class' or 'III degree'";

    public static TextReading ReadText(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the ordinal itself");
        }

        var cursor = Cursor.Over(tokens);
        var error = ReadCore(cursor, out var ordinal);
        if (error is not null)
        {
            return TextReading.Fail(error);
        }

        // "1st class", "1st-class", "III degree"
        var skip = cursor.IsJoinedHyphen() ? 1 : 0;
        if (cursor.IsWord("class", skip) || cursor.IsWord("degree", skip))
        {
            cursor.Advance(skip + 1);
        }

        if (!cursor.AtEnd)
        {
            return TextReading.Fail("unexpected " + Quote.Of(cursor.Current) + " after the ordinal; " + Examples);
        }

        return TextReading.Of(new IntegerValue(ValueKind.Ordinal, ordinal, Comparator.Exact));
    }

    private static string? ReadCore(Cursor cursor, out int ordinal)
    {
        var token = cursor.Current;
        if (token.IsNumber)
        {
            if (!Numbers.TryWhole(token, out ordinal, out var error))
            {
                return error + "; " + Examples;
            }

            cursor.Advance();
            var suffix = CalendarRules.OrdinalSuffix(ordinal);
            if (cursor.AtEnd || !cursor.Current.IsWord || cursor.Current.SpaceBefore)
            {
                return Quote.Of(token) + " is a number, not an ordinal; write '" + token.Text + suffix + "'";
            }

            var written = cursor.Current.Text;
            if (!string.Equals(written, suffix, StringComparison.OrdinalIgnoreCase))
            {
                return Quote.Of(token.Text + written) + " has the wrong ordinal suffix; write '" + token.Text + suffix + "'";
            }

            if (ordinal == 0)
            {
                return "ordinals start at '1st'";
            }

            cursor.Advance();
            return null;
        }

        if (NumberWords.TryMatchOrdinal(cursor, out ordinal))
        {
            return null;
        }

        if (token.IsWord && Roman.TryParse(token.Text, out ordinal))
        {
            cursor.Advance();
            return null;
        }

        var suggestion = token.IsWord ? DidYouMean.Suggest(token.Text, NumberWords.OrdinalWords) : null;
        return suggestion is not null
            ? Quote.Of(token) + " is not an ordinal" + DidYouMean.Clause(suggestion)
            : "expected an ordinal, found " + Quote.Of(token) + "; " + Examples;
    }
}
