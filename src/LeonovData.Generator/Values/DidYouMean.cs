namespace LeonovData.Generator.Values;

/// <summary>Picks the closest keyword to a misspelt word, the way compilers suggest names.</summary>
internal static class DidYouMean
{
    /// <summary>How many edits a word of this length may be away: none for one- or two-letter
    /// words (too many false friends: "on" is two edits from "Jun"), one for three or four letters,
    /// two beyond.</summary>
    public static int Tolerance(int length) => length <= 2 ? 0 : length <= 4 ? 1 : 2;

    /// <summary>The closest candidate within tolerance (ties go to the earlier candidate), shown as
    /// <paramref name="shownAs"/>[index] when given; null when nothing is close.</summary>
    public static string? Suggest(string word, string[] candidates, string[]? shownAs = null)
    {
        var limit = Tolerance(word.Length);
        if (limit == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = limit + 1;
        for (var i = 0; i < candidates.Length; i++)
        {
            var distance = EditDistance.Bounded(word, candidates[i], limit);
            if (distance < bestDistance && distance > 0)
            {
                bestDistance = distance;
                best = shownAs is null ? candidates[i] : shownAs[i];
            }
        }

        return best;
    }

    private const string ClauseStart = "; did you mean '";

    /// <summary>"; did you mean 'March'?" or an empty string.</summary>
    public static string Clause(string? suggestion) =>
        suggestion is null ? string.Empty : ClauseStart + suggestion + "'?";

    /// <summary>True when a grammar's message suggests a word: the text is a near miss (a typo such
    /// as "Jluy"), not a form the grammar does not know.</summary>
    public static bool IsNearMiss(string? message) =>
        message is not null && message.IndexOf(ClauseStart, System.StringComparison.Ordinal) >= 0;
}
