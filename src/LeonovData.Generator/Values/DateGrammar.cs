using System;
using System.Collections.Generic;

namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of a date as prose writes it.</summary>
/// <remarks>
/// Accepted: "18 March 1965", "12th October, 2019", "20th of July, 1969", "March 18, 1965",
/// "July 20th, 1969", "July 1975", "1965", ISO "1965-03-18", each optionally after a weekday that
/// must fit ("Friday, 11 October 2019"); approximate ones after "c.", "ca.", "circa", "about" or
/// "around" ("c. 1950"); numeric dates ("7/24/1969") only in a declared <see cref="DateOrder"/>.
/// Months are full English names or three-letter abbreviations with an optional dot ("Oct.").
/// The covered text is the date alone: a preposition around it is an error, not noise to skip.
/// </remarks>
internal static class DateGrammar
{
    public const string Examples = "write a date like '18 March 1965', 'March 18, 1965', 'July 1975' or '1965'";

    private static readonly string[] Prepositions = { "on", "in", "at", "by", "during", "of" };

    public static TextReading ReadText(string text, DateOrder order = DateOrder.Undeclared)
    {
        if (NumericDate.Matches(text, out var parts))
        {
            var numeric = NumericDate.Read(text, parts, order);
            return numeric.Value is { } date ? TextReading.Of(date) : TextReading.Fail(numeric.Error!);
        }

        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the date itself");
        }

        if (tokens.Count == 1 && tokens[0].IsWord && CalendarNames.TryWeekday(tokens[0].Text, out var weekday))
        {
            return TextReading.OfWeekday(weekday);
        }

        if (RelativeDates.Matches(tokens))
        {
            return TextReading.Relative;
        }

        var hedge = Cursor.Over(tokens);
        var comparator = Hedges.Match(hedge);
        if (comparator != Comparator.Exact)
        {
            return ReadApproximate(tokens, hedge, comparator);
        }

        var reading = Parse(tokens, 0, tokens.Count);
        if (reading.Value is not null)
        {
            return TextReading.Of(reading.Value);
        }

        return TextReading.Fail(BetterError(tokens) ?? reading.Error!);
    }

    /// <summary>"c. 1950", "circa 1950", "about March 1950": EDTF's approximate date (<c>1950~</c>).
    /// Other hedges ("before", "over") make no single date.</summary>
    private static TextReading ReadApproximate(List<Token> tokens, Cursor cursor, Comparator comparator)
    {
        if (comparator != Comparator.Approximately)
        {
            return TextReading.Fail(Hedge(cursor) + " makes a range, not a date; cover only the date, or annotate the range as .interval");
        }

        if (cursor.AtEnd)
        {
            return TextReading.Fail("there is no date after " + Hedge(cursor) + "; " + Examples);
        }

        var reading = Parse(tokens, cursor.Position, tokens.Count);
        return reading.Value is { } date
            ? TextReading.Of(date with { Approximate = true })
            : TextReading.Fail(reading.Error!);
    }

    // The hedge as quoted in a message, made only for one: "c. 1950" reads without it.
    private static string Hedge(Cursor cursor) => Quote.Of(cursor.TextOf(0, cursor.Position));

    /// <summary>Reads tokens [start, end) as one date, all of them.</summary>
    public static Reading<PartialDate> Parse(List<Token> tokens, int start, int end)
    {
        var cursor = Cursor.Over(tokens, start, end);
        if (cursor.AtEnd)
        {
            return Reading<PartialDate>.Fail("there is no date; " + Examples);
        }

        DayOfWeek? weekday = null;
        if (cursor.Current.IsWord && CalendarNames.TryWeekday(cursor.Current.Text, out var named))
        {
            weekday = named;
            cursor.Advance();
            cursor.TrySymbol(',');
            if (cursor.AtEnd)
            {
                return Reading<PartialDate>.Fail("a weekday alone is not a date; give the date in v= (for example v=2019-10-11)");
            }
        }

        var first = cursor.Current;
        var reading = first.IsNumber ? ParseNumberFirst(cursor)
            : first.IsWord ? ParseMonthFirst(cursor)
            : Reading<PartialDate>.Fail("unexpected " + Quote.Of(first) + "; " + Examples);
        if (reading.Value is not { } date)
        {
            return reading;
        }

        if (!cursor.AtEnd)
        {
            return Reading<PartialDate>.Fail("unexpected " + Quote.Of(cursor.Current) + " after the date; " + Examples);
        }

        return weekday is { } stated ? CheckWeekday(date, stated) : reading;
    }

    private static Reading<PartialDate> ParseNumberFirst(Cursor cursor)
    {
        var first = cursor.Current;
        if (first.IsDigits && first.Text.Length == 4 && cursor.IsJoinedHyphen(1) && cursor.Peek(2).IsDigits)
        {
            var iso = ParseIsoShape(cursor);
            if (iso is not null)
            {
                return iso.Value;
            }
        }

        // The number is a day when a month follows ("18 March", "12th October", "18 Marhc",
        // "18. März"); otherwise it is a year, so that "965" is reported as a bad year and
        // "2015 onwards" as a year with something after it.
        if (!IsDayBeforeMonth(cursor))
        {
            return ReadYear(cursor, out var yearOnly) ?? Reading<PartialDate>.Ok(new PartialDate(yearOnly, null, null));
        }

        var dayError = ReadDay(cursor, out var day, out var dayText);
        if (dayError is not null)
        {
            return Reading<PartialDate>.Fail(dayError);
        }

        // "20th of July, 1969"
        cursor.TryWord("of");
        var monthError = ReadMonth(cursor, dayText, out var month);
        if (monthError is not null)
        {
            return Reading<PartialDate>.Fail(monthError);
        }

        cursor.TrySymbol(',');
        if (cursor.AtEnd)
        {
            return Reading<PartialDate>.Fail(
                NoYear(dayText.ToString() + " " + CalendarNames.MonthName(month) + " YYYY", month, first.Text, day, dayText));
        }

        return ReadYear(cursor, out var year) ?? Complete(year, month, day, dayText);
    }

    private static Reading<PartialDate> ParseMonthFirst(Cursor cursor)
    {
        // A word that is no month and resembles none is taken for a month name only when a number
        // follows and it is long enough to be one ("März 1965"); otherwise the text is simply not
        // a date ("the 18th of March 1965", "Hello").
        var word = cursor.Current.Text;
        if (!CalendarNames.TryMonth(word, out _, out _)
            && CalendarNames.SuggestMonth(word) is null
            && !(word.Length >= 4 && cursor.Has(1) && cursor.Peek(1).IsNumber))
        {
            return Reading<PartialDate>.Fail("expected a date, found " + Quote.Of(word) + "; " + Examples);
        }

        var monthError = ReadMonth(cursor, afterDay: null, out var month);
        if (monthError is not null)
        {
            return Reading<PartialDate>.Fail(monthError);
        }

        var monthName = CalendarNames.MonthName(month);
        var comma = cursor.TrySymbol(',');
        if (cursor.AtEnd)
        {
            return Reading<PartialDate>.Fail(NoYear(monthName + " YYYY", month, null, 0, default));
        }

        var next = cursor.Current;
        if (next.IsDigits && next.Text.Length == 4)
        {
            return ReadYear(cursor, out var monthYear) ?? Reading<PartialDate>.Ok(new PartialDate(monthYear, month, null));
        }

        if (comma || !next.IsNumber || (next.IsDigits && next.Text.Length > 2))
        {
            return ReadYear(cursor, out _) ?? Reading<PartialDate>.Fail(Examples);
        }

        var dayError = ReadDay(cursor, out var day, out var dayText);
        if (dayError is not null)
        {
            return Reading<PartialDate>.Fail(dayError);
        }

        cursor.TrySymbol(',');
        if (cursor.AtEnd)
        {
            return Reading<PartialDate>.Fail(NoYear(monthName + " " + dayText.ToString() + ", YYYY", month, next.Text, day, dayText));
        }

        return ReadYear(cursor, out var year) ?? Complete(year, month, day, dayText);
    }

    private static bool IsDayBeforeMonth(Cursor cursor)
    {
        var next = cursor.Has(1) && cursor.Peek(1).IsSymbol('.') ? 2 : 1;
        if (!cursor.Has(next) || !cursor.Peek(next).IsWord)
        {
            return false;
        }

        var word = cursor.Peek(next);
        if (word.IsWordOf("of") && cursor.Has(next + 1) && cursor.Peek(next + 1).IsWord)
        {
            word = cursor.Peek(next + 1);
        }

        return cursor.Current.Text.Length <= 2
            || IsOrdinalSuffix(word)
            || CalendarNames.TryMonth(word.Text, out _, out _)
            || CalendarNames.SuggestMonth(word.Text) is not null;
    }

    /// <summary>"1965-03-18" in prose; null when the tokens only start like it (a range "2002-2019").</summary>
    private static Reading<PartialDate>? ParseIsoShape(Cursor cursor)
    {
        var monthPart = cursor.Peek(2);
        if (monthPart.Text.Length != 2)
        {
            return null;
        }

        if (cursor.IsJoinedHyphen(3) && cursor.Peek(4).IsDigits)
        {
            var text = cursor.Current.Text + "-" + monthPart.Text + "-" + cursor.Peek(4).Text;
            cursor.Advance(5);
            return IsoDate.Read(text);
        }

        // "1975-07" reads as July 1975 to some and as 1975–2007 to others: ask for the unambiguous
        // form. ("1992-93" is left to fail as a range.)
        var month = ((monthPart.Text[0] - '0') * 10) + (monthPart.Text[1] - '0');
        if (!cursor.Has(3) && month >= 1 && month <= 12)
        {
            return Reading<PartialDate>.Fail(
                "'YYYY-MM' is ambiguous in prose; write the month by name ('July 1975') or give v=" + cursor.Current.Text + "-" + monthPart.Text);
        }

        return null;
    }

    /// <summary>Reads the day and its optional ordinal suffix ("12th"); returns an error or null.</summary>
    private static string? ReadDay(Cursor cursor, out long day, out DayText dayText)
    {
        var token = cursor.Current;
        dayText = new DayText(token.Text, null);
        day = 0;
        if (!token.IsDigits)
        {
            return Quote.Of(token) + " is not a day of the month; " + Examples;
        }

        foreach (var ch in token.Text)
        {
            // Saturates instead of overflowing; any such number is reported as not a day.
            day = day > 1000 ? day : (day * 10) + (ch - '0');
        }

        cursor.Advance();
        if (!cursor.AtEnd && IsOrdinalSuffix(cursor.Current) && !cursor.Current.SpaceBefore)
        {
            var expected = CalendarRules.OrdinalSuffix(day);
            var written = cursor.Current.Text;
            dayText = new DayText(token.Text, written);
            if (!string.Equals(written, expected, StringComparison.OrdinalIgnoreCase))
            {
                return Quote.Of(dayText.ToString()) + " has the wrong ordinal suffix; write '" + token.Text + expected + "'";
            }

            cursor.Advance();
        }

        return null;
    }

    /// <summary>Reads a month name at the start of the date, or after the day
    /// <paramref name="afterDay"/>; returns an error or null.</summary>
    private static string? ReadMonth(Cursor cursor, DayText? afterDay, out int month)
    {
        month = 0;
        if (cursor.AtEnd)
        {
            return "there is no month " + Where(afterDay) + "; " + Examples;
        }

        var token = cursor.Current;
        if (!token.IsWord)
        {
            return "expected a month name " + Where(afterDay) + ", found " + Quote.Of(token) + "; " + Examples;
        }

        if (!CalendarNames.TryMonth(token.Text, out month, out var abbreviated))
        {
            return NotAMonth(token);
        }

        cursor.Advance();
        if (abbreviated && cursor.IsSymbol('.') && !cursor.Current.SpaceBefore)
        {
            cursor.Advance();
        }

        return null;
    }

    // Made only for a message: a date read without fault quotes nothing.
    private static string Where(DayText? afterDay) => afterDay is { } day ? "after " + Quote.Of(day.ToString()) : "at the start";

    /// <summary>Reads a four-digit year in 1000–2999; returns a failure, or null with the year.</summary>
    private static Reading<PartialDate>? ReadYear(Cursor cursor, out int year)
    {
        year = 0;
        var token = cursor.Current;
        if (!token.IsNumber)
        {
            return Reading<PartialDate>.Fail("expected a year, found " + Quote.Of(token) + "; " + Examples);
        }

        if (!token.IsDigits)
        {
            return Reading<PartialDate>.Fail(Quote.Of(token) + " is not a year; write its four digits without separators");
        }

        if (token.Text.Length != 4)
        {
            return Reading<PartialDate>.Fail(Quote.Of(token) + " is not a year; write all four digits (1000–2999)");
        }

        foreach (var ch in token.Text)
        {
            year = (year * 10) + (ch - '0');
        }

        if (year < CalendarRules.MinYear || year > CalendarRules.MaxYear)
        {
            return Reading<PartialDate>.Fail(IsoDate.YearOutOfRange(token.Text));
        }

        cursor.Advance();
        return null;
    }

    private static Reading<PartialDate> Complete(int year, int month, long day, DayText dayText) =>
        IsoDate.DayExists(day, month, year)
            ? Reading<PartialDate>.Ok(new PartialDate(year, month, (int)day))
            : Reading<PartialDate>.Fail(IsoDate.DayError(dayText.ToString(), day, month, year)!);

    private static Reading<PartialDate> CheckWeekday(PartialDate date, DayOfWeek stated)
    {
        var actual = date.Weekday;
        if (actual is null)
        {
            return Reading<PartialDate>.Fail(
                "a weekday only fits a full date; remove '" + CalendarNames.WeekdayName(stated) + "' or give the day");
        }

        if (actual.Value == stated)
        {
            return Reading<PartialDate>.Ok(date);
        }

        return Reading<PartialDate>.Fail(
            Numbers.Invariant(date.Day!.Value) + " " + CalendarNames.MonthName(date.Month!.Value) + " " + Numbers.Invariant(date.Year)
            + " was a " + CalendarNames.WeekdayName(actual.Value) + ", not a " + CalendarNames.WeekdayName(stated));
    }

    /// <summary>The date has no year: say how to add one, unless the day cannot exist in any year.</summary>
    private static string NoYear(string withYear, int month, string? dayDigits, long day, DayText dayText)
    {
        var v = "YYYY-" + TwoDigits(Numbers.Invariant(month));
        if (dayDigits is not null)
        {
            // February's longest is in a leap year: a day no year allows is the real mistake.
            var longest = CalendarRules.DaysInMonth(2000, month);
            if (day < 1 || day > longest)
            {
                return Quote.Of(dayText.ToString()) + " is not a day of " + CalendarNames.MonthName(month) + " (1–" + Numbers.Invariant(longest) + ")";
            }

            v += "-" + TwoDigits(dayDigits);
        }

        return "there is no year; add it ('" + withYear + "') or give the full date in v= (v=" + v + ")";
    }

    private static string TwoDigits(string digits) => digits.Length == 1 ? "0" + digits : digits;

    private static string NotAMonth(Token token)
    {
        var suggestion = CalendarNames.SuggestMonth(token.Text);
        return suggestion is not null
            ? Quote.Of(token) + " is not a month name" + DidYouMean.Clause(suggestion)
            : Quote.Of(token) + " is not a month name; write it in full ('March') or abbreviated ('Mar')";
    }

    private static bool IsOrdinalSuffix(Token token) =>
        token.IsWordOf("st") || token.IsWordOf("nd") || token.IsWordOf("rd") || token.IsWordOf("th");

    /// <summary>A message that names the real mistake when the text is not a date at all but
    /// a range, or a date wrapped in a preposition.</summary>
    private static string? BetterError(List<Token> tokens)
    {
        if (IntervalGrammar.Parse(tokens).Value is { } interval)
        {
            return "this is a range (" + interval.Normalized + "); annotate the span as .interval";
        }

        if (tokens.Count < 2 || !IsPreposition(tokens[0]))
        {
            if (tokens.Count == 1 && tokens[0].IsWord && CalendarNames.SuggestWeekday(tokens[0].Text) is { } weekday)
            {
                return Quote.Of(tokens[0]) + " is not a weekday name" + DidYouMean.Clause(weekday);
            }

            return null;
        }

        var preposition = Quote.Of(tokens[0]);
        if (tokens.Count == 2 && tokens[1].IsWord && CalendarNames.TryWeekday(tokens[1].Text, out _))
        {
            return "leave " + preposition + " outside the brackets: cover only " + Quote.Of(tokens[1]) + " and give the date in v=";
        }

        return Parse(tokens, 1, tokens.Count).Value is not null
            ? "leave " + preposition + " outside the brackets and cover only the date"
            : null;
    }

    private static bool IsPreposition(Token token)
    {
        foreach (var word in Prepositions)
        {
            if (token.IsWordOf(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A day as written ("12", "12th"): its digits and ordinal suffix, joined only when a
    /// message quotes them, since most dates read without fault and a joined copy per date was garbage.</summary>
    private readonly struct DayText
    {
        private readonly string? _digits;
        private readonly string? _suffix;

        public DayText(string digits, string? suffix)
        {
            _digits = digits;
            _suffix = suffix;
        }

        public override string ToString() => _suffix is null ? _digits ?? string.Empty : _digits + _suffix;
    }
}
