using System;

namespace LeonovData.Generator.Values;

/// <summary>Proleptic Gregorian facts the grammars need, safe for any input (no exceptions).</summary>
internal static class CalendarRules
{
    /// <summary>The supported year range of every grammar: four-digit years of the common era
    /// that a historical or news document plausibly states.</summary>
    public const int MinYear = 1000;
    public const int MaxYear = 2999;

    public static bool IsLeapYear(int year) =>
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    /// <summary>Days in the month, or 31 for a month number outside 1–12 so callers never fail.</summary>
    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static bool IsValid(int year, int month, int day) =>
        month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);

    /// <summary>The weekday of a valid date, or null; guarded so that a year outside
    /// <see cref="DateTime"/>'s range cannot throw.</summary>
    public static DayOfWeek? WeekdayOf(int year, int month, int day)
    {
        if (!IsValid(year, month, day) || year < 1 || year > 9999)
        {
            return null;
        }

        return new DateTime(year, month, day).DayOfWeek;
    }

    public static string OrdinalSuffix(long number)
    {
        var lastTwo = number % 100;
        if (lastTwo >= 11 && lastTwo <= 13)
        {
            return "th";
        }

        return (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
    }
}
