using System.Collections.Generic;

namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of a moment: a time of day with its zone, and a date, in either
/// order ("20:17 UTC on July 20, 1969", "10:56 p.m. EDT, July 20, 1969", "July 20, 1969, at
/// 20:17:40 UTC"), normalised to UTC at the precision of the time (hour, minute or second).</summary>
/// <remarks>A time without a zone is an error, not a guess: "10:56 p.m." in Houston and in
/// Moscow are different instants. Zones are UTC offsets or the abbreviations a news text uses;
/// ambiguous ones (IST, BST in some texts) are not read.</remarks>
internal static class DateTimeGrammar
{
    public const string Examples = "write a date and time like '20:17 UTC on July 20, 1969' or '10:56 p.m. EDT, July 20, 1969'";

    // Offsets east of UTC, in minutes.
    private static readonly (string Name, int Offset)[] s_zones =
    {
        ("UTC", 0), ("GMT", 0), ("Z", 0),
        ("EDT", -240), ("EST", -300), ("CDT", -300), ("CST", -360), ("MDT", -360), ("MST", -420),
        ("PDT", -420), ("PST", -480), ("AKDT", -480), ("AKST", -540), ("HST", -600),
        ("WET", 0), ("CET", 60), ("CEST", 120), ("EET", 120), ("EEST", 180), ("MSK", 180), ("MSD", 240),
        ("JST", 540), ("AEST", 600), ("AEDT", 660),
    };

    public static TextReading ReadText(string text, DateOrder order = DateOrder.Undeclared)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the date and time itself");
        }

        // The time first ("20:17 UTC on July 20, 1969"), or after the date ("July 20, 1969, 20:17 UTC").
        var cursor = Cursor.Over(tokens);
        if (StartsTime(cursor))
        {
            var time = ReadTimeAndZone(cursor);
            if (time.Error is not null)
            {
                return TextReading.Fail(time.Error);
            }

            if (!cursor.TrySymbol(','))
            {
                cursor.TryWord("on");
            }

            return Combine(tokens, cursor.Position, tokens.Count, time, order);
        }

        for (var start = 1; start < tokens.Count; start++)
        {
            var at = Cursor.Over(tokens, start, tokens.Count);
            if (!StartsTime(at) || !(tokens[start - 1].IsSymbol(',') || tokens[start - 1].IsWordOf("at") || tokens[start - 1].IsNumber))
            {
                continue;
            }

            var time = ReadTimeAndZone(at);
            if (time.Error is not null)
            {
                return TextReading.Fail(time.Error);
            }

            if (!at.AtEnd)
            {
                return TextReading.Fail("unexpected " + Quote.Of(at.Current) + " after the time; " + Examples);
            }

            var dateEnd = start;
            if (tokens[dateEnd - 1].IsWordOf("at"))
            {
                dateEnd--;
            }

            if (dateEnd > 0 && tokens[dateEnd - 1].IsSymbol(','))
            {
                dateEnd--;
            }

            return Combine(tokens, 0, dateEnd, time, order);
        }

        return TextReading.Fail(
            DateGrammar.ReadText(text, order).Value is not null
                ? "there is no time of day, only a date; annotate the span as .date, or add the time and zone"
                : "there is no time of day (such as '20:17 UTC'); " + Examples);
    }

    private static TextReading Combine(List<Token> tokens, int start, int end, Clock time, DateOrder order)
    {
        if (start >= end)
        {
            return TextReading.Fail("there is no date with the time; " + Examples);
        }

        var dateText = Cursor.Over(tokens).TextOf(start, end);
        var date = DateGrammar.ReadText(dateText, order);
        if (date.Value is not PartialDate { DatePrecision: DatePrecision.Day } day)
        {
            return TextReading.Fail(date.Error ?? Quote.Of(dateText) + " is not a whole date; a time needs its day ('July 20, 1969')");
        }

        var instant = InstantValue.FromLocal(day.Year, day.Month!.Value, day.Day!.Value, time.Hour, time.Minute, time.Second, time.Offset, time.Precision);
        return instant is null
            ? TextReading.Fail("the date is outside the supported years once turned into UTC")
            : TextReading.Of(instant);
    }

    private static bool StartsTime(Cursor cursor) =>
        !cursor.AtEnd && cursor.Current.IsDigits && cursor.Current.Text.Length <= 2
        && (cursor.IsSymbol(':', 1) || IsMeridiem(cursor, 1));

    /// <summary>"20:17 UTC", "10:56 p.m. EDT", "9 a.m. EST", "20:17:40 GMT+3".</summary>
    private static Clock ReadTimeAndZone(Cursor cursor)
    {
        var start = cursor.Position;
        var hour = Number(cursor.Current.Text);
        cursor.Advance();
        var minute = 0;
        var second = 0;
        var precision = TimePrecision.Hour;
        if (cursor.TrySymbol(':'))
        {
            if (!TryTwoDigits(cursor, out minute) || minute > 59)
            {
                return Clock.Fail("the minutes of " + Quote.Of(cursor.TextOf(start, cursor.Position + 1)) + " are not two digits from 00 to 59");
            }

            precision = TimePrecision.Minute;
            if (cursor.TrySymbol(':'))
            {
                if (!TryTwoDigits(cursor, out second) || second > 59)
                {
                    return Clock.Fail("the seconds of " + Quote.Of(cursor.TextOf(start, cursor.Position + 1)) + " are not two digits from 00 to 59");
                }

                precision = TimePrecision.Second;
            }
        }

        var clockText = cursor.TextOf(start, cursor.Position);
        if (ReadMeridiem(cursor) is { } pm)
        {
            if (hour < 1 || hour > 12)
            {
                return Clock.Fail(Quote.Of(cursor.TextOf(start, cursor.Position)) + " is not a time: a.m. and p.m. take hours 1 to 12");
            }

            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else if (hour > 23)
        {
            return Clock.Fail(Quote.Of(clockText) + " is not a time of day (00:00 to 23:59)");
        }

        if (cursor.AtEnd || cursor.IsSymbol(',') || cursor.IsWord("on"))
        {
            return Clock.Fail("the time " + Quote.Of(cursor.TextOf(start, cursor.Position)) + " has no zone; add it ('UTC', 'EDT', 'UTC+3'), or give v= in UTC (v=1969-07-20T20:17Z)");
        }

        var zoneError = ReadZone(cursor, out var offset);
        return zoneError is not null ? Clock.Fail(zoneError) : new Clock(hour, minute, second, precision, offset, null);
    }

    /// <summary>"a.m."/"am"/"AM" → false, "p.m."/"pm"/"PM" → true, null when there is none.</summary>
    private static bool? ReadMeridiem(Cursor cursor)
    {
        if (cursor.IsWord("am") || cursor.IsWord("pm"))
        {
            var pm = cursor.IsWord("pm");
            cursor.Advance();
            return pm;
        }

        if (IsMeridiem(cursor, 0))
        {
            var pm = cursor.IsWord("p");
            cursor.Advance(3);
            if (cursor.IsSymbol('.') && !cursor.Current.SpaceBefore)
            {
                cursor.Advance();
            }

            return pm;
        }

        return null;
    }

    private static bool IsMeridiem(Cursor cursor, int ahead) =>
        cursor.IsWord("am", ahead) || cursor.IsWord("pm", ahead)
        || ((cursor.IsWord("a", ahead) || cursor.IsWord("p", ahead)) && cursor.IsSymbol('.', ahead + 1) && cursor.IsWord("m", ahead + 2));

    private static string? ReadZone(Cursor cursor, out int offset)
    {
        offset = 0;
        var token = cursor.Current;
        var named = false;
        foreach (var (name, minutes) in s_zones)
        {
            if (token.IsWord && string.Equals(token.Text, name, System.StringComparison.Ordinal))
            {
                offset = minutes;
                named = true;
                cursor.Advance();
                break;
            }
        }

        // "UTC+3", "GMT-04:00", or an offset alone: "+03:00"
        var isUtc = named && offset == 0;
        if ((isUtc || !named) && !cursor.AtEnd && (cursor.Current.IsSymbol('+') || cursor.Current.IsHyphen || cursor.Current.IsSymbol('\u2212'))
            && cursor.Has(1) && cursor.Peek(1).IsDigits && !cursor.Peek(1).SpaceBefore)
        {
            var sign = cursor.Current.IsSymbol('+') ? 1 : -1;
            cursor.Advance();
            var hours = Number(cursor.Current.Text);
            cursor.Advance();
            var minutes = 0;
            if (cursor.IsSymbol(':') && !cursor.Current.SpaceBefore)
            {
                cursor.Advance();
                if (!TryTwoDigits(cursor, out minutes) || minutes > 59)
                {
                    return "the offset's minutes are not two digits from 00 to 59";
                }
            }

            if (hours > 14)
            {
                return "a UTC offset is at most 14 hours";
            }

            offset = sign * ((hours * 60) + minutes);
            return null;
        }

        if (named)
        {
            return null;
        }

        return Quote.Of(token) + " is not a time zone; use UTC or an offset ('UTC+3', '-04:00'), or one of "
            + "GMT, EDT, EST, CDT, CST, MDT, MST, PDT, PST, CET, CEST, MSK";
    }

    private static bool TryTwoDigits(Cursor cursor, out int value)
    {
        value = 0;
        if (cursor.AtEnd || !cursor.Current.IsDigits || cursor.Current.Text.Length != 2 || cursor.Current.SpaceBefore)
        {
            return false;
        }

        value = Number(cursor.Current.Text);
        cursor.Advance();
        return true;
    }

    private static int Number(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = value > 1000 ? value : (value * 10) + (c - '0');
        }

        return value;
    }

    private sealed record Clock(int Hour, int Minute, int Second, TimePrecision Precision, int Offset, string? Error)
    {
        public static Clock Fail(string error) => new(0, 0, 0, TimePrecision.Hour, 0, error);
    }
}
