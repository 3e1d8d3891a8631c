namespace LeonovData.Generator.Values;

/// <summary>The hedge words that may open an amount ("almost 500 kilometres", "about 40 minutes").</summary>
/// <remarks>"almost" and "nearly" mean the true amount falls short of the stated one, so they read as
/// <see cref="Comparator.LessThan"/>, like "less than".</remarks>
internal static class Hedges
{
    // Longest phrases first so that "just under" wins over "under" and "no more than" over "more than".
    private static readonly (string[] Words, Comparator Comparator)[] Phrases =
    {
        (new[] { "no", "more", "than" }, Comparator.AtMost),
        (new[] { "no", "less", "than" }, Comparator.AtLeast),
        (new[] { "no", "fewer", "than" }, Comparator.AtLeast),
        (new[] { "just", "under" }, Comparator.LessThan),
        (new[] { "just", "over" }, Comparator.GreaterThan),
        (new[] { "less", "than" }, Comparator.LessThan),
        (new[] { "fewer", "than" }, Comparator.LessThan),
        (new[] { "more", "than" }, Comparator.GreaterThan),
        (new[] { "at", "least" }, Comparator.AtLeast),
        (new[] { "at", "most" }, Comparator.AtMost),
        (new[] { "up", "to" }, Comparator.AtMost),
        (new[] { "almost" }, Comparator.LessThan),
        (new[] { "nearly" }, Comparator.LessThan),
        (new[] { "under" }, Comparator.LessThan),
        (new[] { "over" }, Comparator.GreaterThan),
        (new[] { "about" }, Comparator.Approximately),
        (new[] { "around" }, Comparator.Approximately),
        (new[] { "approximately" }, Comparator.Approximately),
        (new[] { "roughly" }, Comparator.Approximately),
        (new[] { "some" }, Comparator.Approximately),
        (new[] { "circa" }, Comparator.Approximately),
    };

    /// <summary>Reads a hedge at the cursor and moves past it; <see cref="Comparator.Exact"/> when there is none.</summary>
    public static Comparator Match(Cursor cursor)
    {
        foreach (var (words, comparator) in Phrases)
        {
            if (Matches(cursor, words))
            {
                cursor.Advance(words.Length);
                return comparator;
            }
        }

        // Abbreviations need their dot: "ca. 40 minutes", "c. 1,000 km", "approx. 5 m".
        if ((cursor.IsWord("ca") || cursor.IsWord("c") || cursor.IsWord("approx")) && cursor.IsSymbol('.', 1))
        {
            cursor.Advance(2);
            return Comparator.Approximately;
        }

        return Comparator.Exact;
    }

    private static bool Matches(Cursor cursor, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!cursor.IsWord(words[i], i))
            {
                return false;
            }
        }

        return true;
    }
}
