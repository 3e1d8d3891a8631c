using System;

namespace LeonovData.Generator.Values;

/// <summary>English month and weekday names: full names and three-letter month abbreviations,
/// case-insensitive.</summary>
internal static class CalendarNames
{
    public static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    private static readonly string[] Abbreviations =
    {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    };

    // Indexed by DayOfWeek.
    private static readonly string[] Weekdays =
    {
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    };

    // Full names first so that a near miss of both ("Mai") suggests the full name "May".
    private static readonly string[] MonthCandidates = Concat(Months, Abbreviations);
    private static readonly string[] MonthCandidatesShownAs = Concat(Months, Months);

    /// <summary>A month name or its abbreviation; <paramref name="abbreviated"/> tells whether a dot may follow.</summary>
    public static bool TryMonth(string word, out int month, out bool abbreviated)
    {
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(word, Months[i], StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                abbreviated = word.Length == 3;
                return true;
            }

            if (string.Equals(word, Abbreviations[i], StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                abbreviated = true;
                return true;
            }
        }

        month = 0;
        abbreviated = false;
        return false;
    }

    public static bool TryWeekday(string word, out DayOfWeek weekday)
    {
        for (var i = 0; i < Weekdays.Length; i++)
        {
            if (string.Equals(word, Weekdays[i], StringComparison.OrdinalIgnoreCase))
            {
                weekday = (DayOfWeek)i;
                return true;
            }
        }

        weekday = DayOfWeek.Sunday;
        return false;
    }

    public static string MonthName(int month) => month >= 1 && month <= 12 ? Months[month - 1] : "month " + Numbers.Invariant(month);

    public static string WeekdayName(DayOfWeek weekday) =>
        (int)weekday >= 0 && (int)weekday < 7 ? Weekdays[(int)weekday] : weekday.ToString();

    public static string? SuggestMonth(string word) => DidYouMean.Suggest(word, MonthCandidates, MonthCandidatesShownAs);

    public static string? SuggestWeekday(string word) => DidYouMean.Suggest(word, Weekdays);

    private static string[] Concat(string[] first, string[] second)
    {
        var all = new string[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
