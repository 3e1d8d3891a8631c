namespace LeonovData.Generator.Values;

/// <summary>The normalised date form: ISO 8601 calendar dates at year, month or day precision
/// (<c>1965</c>, <c>1975-07</c>, <c>1965-03-18</c>), four-digit years 1000–2999.</summary>
internal static class IsoDate
{
    public const string Form = "write YYYY, YYYY-MM or YYYY-MM-DD (for example 1965-03-18), with '~' after it when approximate";

    public static Reading<PartialDate> Read(string text)
    {
        // EDTF's approximate date: "1950~".
        if (text.Length > 1 && text[text.Length - 1] == '~')
        {
            var exact = Read(text.Substring(0, text.Length - 1));
            return exact.Value is { } date ? Reading<PartialDate>.Ok(date with { Approximate = true }) : exact;
        }

        // Shape first (exact lengths and hyphens), then ranges: a message can then name the part that is wrong.
        var length = text.Length;
        if ((length != 4 && length != 7 && length != 10)
            || !AllDigits(text, 0, 4)
            || (length >= 7 && (text[4] != '-' || !AllDigits(text, 5, 2)))
            || (length == 10 && (text[7] != '-' || !AllDigits(text, 8, 2))))
        {
            return Reading<PartialDate>.Fail(Quote.Of(text) + " is not an ISO 8601 date; " + Form);
        }

        var year = Number(text, 0, 4);
        if (year < CalendarRules.MinYear || year > CalendarRules.MaxYear)
        {
            return Reading<PartialDate>.Fail(YearOutOfRange(text.Substring(0, 4)));
        }

        if (length == 4)
        {
            return Reading<PartialDate>.Ok(new PartialDate(year, null, null));
        }

        var month = Number(text, 5, 2);
        if (month < 1 || month > 12)
        {
            return Reading<PartialDate>.Fail(Quote.Of(text.Substring(5, 2)) + " is not a month (01–12)");
        }

        if (length == 7)
        {
            return Reading<PartialDate>.Ok(new PartialDate(year, month, null));
        }

        var day = Number(text, 8, 2);
        var dayError = DayError(text.Substring(8, 2), day, month, year);
        return dayError is null
            ? Reading<PartialDate>.Ok(new PartialDate(year, month, day))
            : Reading<PartialDate>.Fail(dayError);
    }

    /// <summary>True when <paramref name="month"/> of <paramref name="year"/> has day <paramref name="day"/>.</summary>
    public static bool DayExists(long day, int month, int year) => day >= 1 && day <= CalendarRules.DaysInMonth(year, month);

    public static string YearOutOfRange(string yearText) =>
        Quote.Of(yearText) + " is outside the supported years " + Numbers.Invariant(CalendarRules.MinYear) + "–" + Numbers.Invariant(CalendarRules.MaxYear);

    /// <summary>Null when the day exists; otherwise "'32' is not a day of March (1–31)".</summary>
    public static string? DayError(string dayText, long day, int month, int year)
    {
        if (DayExists(day, month, year))
        {
            return null;
        }

        var last = CalendarRules.DaysInMonth(year, month);

        var name = CalendarNames.MonthName(month);
        if (month != 2)
        {
            return Quote.Of(dayText) + " is not a day of " + name + " (1–" + Numbers.Invariant(last) + ")";
        }

        // February is the one month whose length depends on the year; say so.
        var leapNote = CalendarRules.IsLeapYear(year) ? string.Empty : "; " + Numbers.Invariant(year) + " is not a leap year";
        return Quote.Of(dayText) + " is not a day of " + name + " " + Numbers.Invariant(year) + " (1–" + Numbers.Invariant(last) + leapNote + ")";
    }

    private static bool AllDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!Tokenizer.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
