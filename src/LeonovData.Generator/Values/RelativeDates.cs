using System.Collections.Generic;

namespace LeonovData.Generator.Values;

/// <summary>Recognises texts that name a date only relative to another one ("the next day",
/// "later that day", "two days later"): the span then needs <c>v=</c>.</summary>
/// <remarks>A closed list of shapes, so that a misspelt date is still reported as one.</remarks>
internal static class RelativeDates
{
    private static readonly string[] Units =
    {
        "day", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
        "spring", "summer", "autumn", "winter",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly string[] CountedUnits =
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
    };

    private static readonly string[] Ordering = { "same", "next", "following", "previous", "preceding" };
    private static readonly string[] Deictic = { "next", "last", "this" };
    private static readonly string[] Shift = { "before", "after" };
    private static readonly string[] CountedShift = { "later", "earlier", "before", "after", "afterwards" };
    private static readonly string[] Alone = { "yesterday", "today", "tomorrow", "tonight" };
    private static readonly string[] Vague = { "later", "earlier" };

    public static bool Matches(List<Token> tokens)
    {
        var cursor = Cursor.Over(tokens);
        if (tokens.Count == 1)
        {
            return TryAny(cursor, Alone) && cursor.AtEnd;
        }

        if (MatchesCounted(cursor))
        {
            return true;
        }

        cursor.Position = 0;
        var vague = TryAny(cursor, Vague);

        // later that day; that year
        if (cursor.TryWord("that"))
        {
            return TryAny(cursor, Units) && cursor.AtEnd;
        }

        if (cursor.TryWord("the"))
        {
            // the next day; later the same day
            if (TryAny(cursor, Ordering))
            {
                return TryAny(cursor, Units) && cursor.AtEnd;
            }

            // the day before; the year after
            return !vague && TryAny(cursor, Units) && TryAny(cursor, Shift) && cursor.AtEnd;
        }

        // next year; last month
        return !vague && TryAny(cursor, Deictic) && TryAny(cursor, Units) && cursor.AtEnd;
    }

    // two days later; a year earlier; 3 weeks after
    private static bool MatchesCounted(Cursor cursor)
    {
        if (cursor.Current.IsNumber)
        {
            cursor.Advance();
        }
        else if (!NumberWords.TryMatchCardinal(cursor, out _) && !cursor.TryWord("a") && !cursor.TryWord("an"))
        {
            return false;
        }

        return TryAny(cursor, CountedUnits) && TryAny(cursor, CountedShift) && cursor.AtEnd;
    }

    private static bool TryAny(Cursor cursor, string[] words)
    {
        foreach (var word in words)
        {
            if (cursor.TryWord(word))
            {
                return true;
            }
        }

        return false;
    }
}
