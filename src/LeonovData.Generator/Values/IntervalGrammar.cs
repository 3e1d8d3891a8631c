using System;
using System.Collections.Generic;

namespace LeonovData.Generator.Values;

/// <summary>The closed grammar of a date range as prose writes it.</summary>
/// <remarks>
/// Accepted: "2002–2019" (en dash, em dash or hyphen, spaced or not), "from 1976 to 1982"
/// ("until"/"till" too), "1976 to 1982", "between 1976 and 1982", open ends "from 1990",
/// "since 2015", and an open start "until 1982". Each end is a date in <see cref="DateGrammar"/>.
/// </remarks>
internal static class IntervalGrammar
{
    public const string Examples = "write a range like '1976–1982', 'from 1976 to 1982', 'from 1990' or 'since 2015'";

    private static readonly string[] Until = { "to", "until", "till" };
    private static readonly string[] And = { "and" };

    public static TextReading ReadText(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return TextReading.Fail("the covered text is empty; cover the range itself");
        }

        var reading = Parse(tokens);
        return reading.Value is not null ? TextReading.Of(reading.Value) : TextReading.Fail(reading.Error!);
    }

    public static Reading<DateInterval> Parse(List<Token> tokens)
    {
        var count = tokens.Count;
        if (count == 0)
        {
            return Reading<DateInterval>.Fail("there is no range; " + Examples);
        }

        var first = tokens[0];
        if (first.IsWordOf("from"))
        {
            var to = IndexOfWord(tokens, 1, Until);
            return to < 0
                ? Build(tokens, 1, count, -1, -1)
                : Build(tokens, 1, to, to + 1, count);
        }

        if (first.IsWordOf("since"))
        {
            return Build(tokens, 1, count, -1, -1);
        }

        if (first.IsWordOf("until") || first.IsWordOf("till"))
        {
            return Build(tokens, -1, -1, 1, count);
        }

        if (first.IsWordOf("between"))
        {
            var and = IndexOfWord(tokens, 1, And);
            return and < 0
                ? Reading<DateInterval>.Fail("'between' needs 'and' ('between 1976 and 1982')")
                : Build(tokens, 1, and, and + 1, count);
        }

        var separator = FindSeparator(tokens, out var separatorError);
        if (separator >= 0)
        {
            return Build(tokens, 0, separator, separator + 1, count);
        }

        return DateGrammar.Parse(tokens, 0, count).Value is { } single
            ? Reading<DateInterval>.Fail(
                "a single date is not a range; write 'from " + single.Normalized + "', 'since " + single.Normalized
                + "' or a range with both ends, or annotate the span as .date")
            : Reading<DateInterval>.Fail(separatorError ?? Examples);
    }

    /// <summary>Reads [startFrom, startTo) and [endFrom, endTo) as the two ends; -1 marks an open end.</summary>
    private static Reading<DateInterval> Build(List<Token> tokens, int startFrom, int startTo, int endFrom, int endTo)
    {
        // The end is read first: a start without a year ("18–20 March 1965", "March–May 1965")
        // borrows what it lacks from the end, and an end without a month from the start
        // ("March 18–20, 1965").
        PartialDate? end = null;
        if (endFrom >= 0)
        {
            var endReading = ReadEnd(tokens, endFrom, endTo, "end");
            if (endReading.Value is null && startFrom >= 0 && EndWithStartMonth(tokens, startFrom, startTo, endFrom, endTo) is { } completed)
            {
                endReading = completed;
            }

            if (endReading.Value is null)
            {
                var startYear = startFrom >= 0 ? DateGrammar.Parse(tokens, startFrom, startTo).Value : null;
                if (startYear is not null && AbbreviatedEndYear(tokens, endFrom, endTo, startYear) is { } fullYear)
                {
                    return Reading<DateInterval>.Fail(
                        "write the end year in full ('" + Numbers.Invariant(startYear.Year) + "–" + fullYear + "')");
                }

                return Reading<DateInterval>.Fail(endReading.Error!);
            }

            end = endReading.Value;
        }

        PartialDate? start = null;
        if (startFrom >= 0)
        {
            var reading = ReadEnd(tokens, startFrom, startTo, "start");
            if (reading.Value is null && end is not null && CompleteFromEnd(tokens, startFrom, startTo, end) is { } completed)
            {
                reading = completed;
            }

            if (reading.Value is null)
            {
                return Reading<DateInterval>.Fail(reading.Error!);
            }

            start = reading.Value;
        }

        if (start is not null && end is not null && end.IsCertainlyBefore(start))
        {
            return Reading<DateInterval>.Fail(
                "it ends (" + end.Normalized + ") before it starts (" + start.Normalized + "); put the earlier date first");
        }

        return Reading<DateInterval>.Ok(new DateInterval(start, end));
    }

    private static Reading<PartialDate> ReadEnd(List<Token> tokens, int from, int to, string which)
    {
        if (from >= to)
        {
            return Reading<PartialDate>.Fail("the range has no " + which + "; " + Examples);
        }

        var reading = DateGrammar.Parse(tokens, from, to);
        return reading.Value is not null ? reading : Reading<PartialDate>.Fail("its " + which + ": " + reading.Error);
    }

    /// <summary>Reads a start that lacks its year (and month) by appending the end's: "18–20 March 1965"
    /// reads "18" as "18 March 1965". Null when the start is not such a fragment.</summary>
    private static Reading<PartialDate>? CompleteFromEnd(List<Token> tokens, int from, int to, PartialDate end)
    {
        if (end.Month is not { } endMonth || from >= to)
        {
            return null;
        }

        var hasMonth = false;
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (token.IsDigits && token.Text.Length > 2)
            {
                return null;
            }

            hasMonth |= token.IsWord && CalendarNames.TryMonth(token.Text, out _, out _);
        }

        if (!hasMonth && end.DatePrecision != DatePrecision.Day)
        {
            return null;
        }

        var completed = TokenScratch.List(to - from + 2);
        for (var i = from; i < to; i++)
        {
            completed.Add(tokens[i]);
        }

        if (!hasMonth)
        {
            completed.Add(new Token(TokenKind.Word, CalendarNames.MonthName(endMonth), true, false, 0));
        }

        completed.Add(new Token(TokenKind.Number, end.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), true, false, 0));
        var reading = DateGrammar.Parse(completed, 0, completed.Count);
        return reading.Value is not null ? reading : Reading<PartialDate>.Fail("its start: " + reading.Error);
    }

    /// <summary>Reads an end that starts with a bare day after a start that names its month first
    /// ("March 18–20, 1965" reads "20, 1965" as "March 20, 1965"). Null when that is not the shape.</summary>
    private static Reading<PartialDate>? EndWithStartMonth(List<Token> tokens, int startFrom, int startTo, int endFrom, int endTo)
    {
        if (endFrom >= endTo || !tokens[startFrom].IsWord || !CalendarNames.TryMonth(tokens[startFrom].Text, out _, out _)
            || !tokens[endFrom].IsDigits || tokens[endFrom].Text.Length > 2)
        {
            return null;
        }

        var completed = TokenScratch.List(endTo - endFrom + 1);
        completed.Add(tokens[startFrom]);
        for (var i = endFrom; i < endTo; i++)
        {
            completed.Add(tokens[i]);
        }

        var reading = DateGrammar.Parse(completed, 0, completed.Count);
        return reading.Value is not null ? reading : null;
    }

    /// <summary>"1992–93": the full year the writer meant, or null when the end is not two bare digits.</summary>
    private static string? AbbreviatedEndYear(List<Token> tokens, int from, int to, PartialDate start)
    {
        if (to - from != 1 || !tokens[from].IsDigits || tokens[from].Text.Length != 2)
        {
            return null;
        }

        var twoDigits = ((tokens[from].Text[0] - '0') * 10) + (tokens[from].Text[1] - '0');
        var year = (start.Year / 100 * 100) + twoDigits;
        if (year < start.Year)
        {
            year += 100;
        }

        return Numbers.Invariant(year);
    }

    /// <summary>The index of the token that splits the range: a lone en or em dash, else a lone
    /// "to", else a lone hyphen; -1 when there is none.</summary>
    private static int FindSeparator(List<Token> tokens, out string? error)
    {
        error = null;
        var dash = IndexOfSingle(tokens, static token => token.IsRangeDash, out var dashes);
        if (dashes > 1)
        {
            error = "there is more than one dash; " + Examples;
            return -1;
        }

        if (dash >= 0)
        {
            return dash;
        }

        var to = IndexOfWord(tokens, 0, Until);
        if (to >= 0)
        {
            return to;
        }

        var hyphen = IndexOfSingle(tokens, static token => token.IsHyphen, out var hyphens);
        if (hyphens > 1)
        {
            error = "there is more than one hyphen; " + Examples;
            return -1;
        }

        return hyphen;
    }

    private static int IndexOfSingle(List<Token> tokens, Func<Token, bool> predicate, out int matches)
    {
        var index = -1;
        matches = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (predicate(tokens[i]))
            {
                index = i;
                matches++;
            }
        }

        return index;
    }

    private static int IndexOfWord(List<Token> tokens, int from, string[] words)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            foreach (var word in words)
            {
                if (tokens[i].IsWordOf(word))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
