using System;

namespace LeonovData.Generator.Values;

/// <summary>Optimal-string-alignment distance (Levenshtein plus adjacent transposition, so
/// "Marhc" is one edit from "March"), case-insensitive.</summary>
internal static class EditDistance
{
    // Suggestions are for words; anything longer is not a misspelt keyword and is not worth the work.
    private const int MaxLength = 32;

    /// <summary>The distance, or <paramref name="limit"/> + 1 when it is certainly larger.</summary>
    public static int Bounded(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit || a.Length > MaxLength || b.Length > MaxLength)
        {
            return limit + 1;
        }

        var width = b.Length + 1;
        var beforePrevious = new int[width];
        var previous = new int[width];
        var current = new int[width];
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        var distance = previous[width - 1];
        return distance > limit ? limit + 1 : distance;
    }

    private static bool Same(char x, char y) => char.ToUpperInvariant(x) == char.ToUpperInvariant(y);
}
