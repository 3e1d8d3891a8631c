using System;

namespace LeonovData.Generator.Values;

/// <summary>The unit words of a duration. A rank orders them from the largest (year, 0) to the
/// smallest (second, 6); weeks keep their own rank so "2 weeks and 3 days" is in order.</summary>
internal static class DurationUnits
{
    public const int WeekRank = 2;

    private static readonly (string Word, int Rank, bool Plural)[] Words =
    {
        ("year", 0, false), ("years", 0, true),
        ("month", 1, false), ("months", 1, true),
        ("week", 2, false), ("weeks", 2, true),
        ("day", 3, false), ("days", 3, true),
        ("hour", 4, false), ("hours", 4, true), ("hr", 4, false), ("hrs", 4, true),
        ("minute", 5, false), ("minutes", 5, true), ("min", 5, false), ("mins", 5, true),
        ("second", 6, false), ("seconds", 6, true), ("sec", 6, false), ("secs", 6, true),
    };

    private static readonly string[] Singular = { "year", "month", "week", "day", "hour", "minute", "second" };

    /// <summary>Full unit words, for did-you-mean suggestions.</summary>
    public static readonly string[] FullWords =
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days",
        "hour", "hours", "minute", "minutes", "second", "seconds",
    };

    /// <summary>A unit word, case-insensitive; <paramref name="abbreviated"/> for "min", "hrs" … which may take a dot.</summary>
    public static bool TryParse(string word, out int rank, out bool plural, out bool abbreviated)
    {
        foreach (var entry in Words)
        {
            if (string.Equals(entry.Word, word, StringComparison.OrdinalIgnoreCase))
            {
                rank = entry.Rank;
                plural = entry.Plural;
                abbreviated = Array.IndexOf(FullWords, entry.Word) < 0;
                return true;
            }
        }

        rank = -1;
        plural = false;
        abbreviated = false;
        return false;
    }

    /// <summary>The next smaller unit that a fraction of <paramref name="rank"/> can be carried into
    /// exactly, and how many of it make one (a year is 12 months, a day 24 hours); -1 for months
    /// (of no fixed length in days) and seconds (the smallest unit).</summary>
    public static int FinerRank(int rank, out int factor)
    {
        (var next, factor) = rank switch
        {
            0 => (1, 12),
            WeekRank => (3, 7),
            3 => (4, 24),
            4 => (5, 60),
            5 => (6, 60),
            _ => (-1, 0),
        };
        return next;
    }

    public static string SingularOf(int rank) => rank >= 0 && rank < Singular.Length ? Singular[rank] : "unit";

    public static DurationUnit UnitOf(int rank) => rank switch
    {
        0 => DurationUnit.Year,
        1 => DurationUnit.Month,
        2 or 3 => DurationUnit.Day,
        4 => DurationUnit.Hour,
        5 => DurationUnit.Minute,
        _ => DurationUnit.Second,
    };
}
