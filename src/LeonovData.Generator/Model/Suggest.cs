using System;
using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Model;

/// <summary>"Did you mean" suggestions for ids, kinds and properties, as protobuf and the C# compiler give them.</summary>
internal static class Suggest
{
    /// <summary>Returns "; did you mean 'x'?" for the closest candidate within reach, or an empty string.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;

    /// <summary>The closest candidate within reach of <paramref name="word"/>, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, Math.Min(3, word.Length / 3));
        var best = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: EditDistance.Bounded(word, c, limit)))
            .Where(x => x.Distance <= limit)
            .OrderBy(static x => x.Distance)
            .ThenBy(static x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate;
    }
}
