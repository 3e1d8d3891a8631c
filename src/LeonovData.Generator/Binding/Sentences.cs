using System;
using LeonovData.Generator.Model;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Binding;

/// <summary>
/// Finds the sentence a fact was stated in, for citations and XML docs. A heuristic, not a
/// grammar: a sentence ends at '.', '!' or '?' followed by white space, except after an initial
/// ("Thomas P. Stafford") or a common abbreviation ("No. 21"), or at a line break.
/// </summary>
internal static class Sentences
{
    private const int MaxReach = 240;
    private static readonly string[] s_abbreviations = { "No", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Mt", "vs", "etc", "ed", "pp", "p" };

    public static TextSlice Around(string text, int start, int end) => Around(text, start, end, last: null);

    /// <summary>
    /// The same, reusing the last sentence when the span is in it: the spans of one sentence then
    /// share one string instead of each folding a copy (a cluster of facts is one sentence).
    /// </summary>
    /// <returns>A slice of <paramref name="text"/> when the sentence is there as it is (folded already,
    /// cut nowhere), as most are; otherwise a string of its own.</returns>
    public static TextSlice Around(string text, int start, int end, SentenceCache? last)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));

        var from = start;
        while (from > 0 && start - from < MaxReach && !EndsSentenceBefore(text, from))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < MaxReach && !EndsSentenceAt(text, to))
        {
            to++;
        }

        if (to < text.Length && text[to] is '.' or '!' or '?')
        {
            to++;
        }

        var prefix = from > 0 && start - from >= MaxReach;
        var suffix = to < text.Length && to - end >= MaxReach;
        if (last is not null && last.Holds(text, from, to, prefix, suffix))
        {
            return last.Sentence;
        }

        var sentence = !prefix && !suffix
            ? WhiteSpace.FoldSlice(text, from, to - from)
            : new TextSlice((prefix ? "…" : string.Empty) + WhiteSpace.Fold(text, from, to - from) + (suffix ? "…" : string.Empty));
        last?.Keep(text, from, to, prefix, suffix, sentence);
        return sentence;
    }

    private static bool EndsSentenceBefore(string text, int position)
    {
        var previous = text[position - 1];
        if (previous == '\n')
        {
            return true;
        }

        return char.IsWhiteSpace(previous) && position >= 2 && EndsSentenceAt(text, position - 2);
    }

    private static bool EndsSentenceAt(string text, int position)
    {
        var c = text[position];
        if (c == '\n')
        {
            return true;
        }

        if (c is not ('.' or '!' or '?') || (position + 1 < text.Length && !char.IsWhiteSpace(text[position + 1])))
        {
            return false;
        }

        return c != '.' || !IsAbbreviation(text, position);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        // Compared in place: a substring per full stop was a string per sentence.
        var length = dot - wordStart;
        if (length == 1 && char.IsUpper(text[wordStart]))
        {
            return true;
        }

        foreach (var abbreviation in s_abbreviations)
        {
            if (abbreviation.Length == length && string.CompareOrdinal(text, wordStart, abbreviation, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The last sentence <see cref="Sentences.Around(string, int, int, SentenceCache?)"/> cut, and from
/// where: one per binder, overwritten, since a document has tens of thousands of sentences. A sentence
/// that had to be folded or cut short is a string of its own, made once for all its spans.
/// </summary>
internal sealed class SentenceCache
{
    private string? _text;
    private int _from;
    private int _to;
    private bool _prefix;
    private bool _suffix;

    public TextSlice Sentence { get; private set; }

    public bool Holds(string text, int from, int to, bool prefix, bool suffix) =>
        ReferenceEquals(_text, text) && _from == from && _to == to && _prefix == prefix && _suffix == suffix;

    public void Keep(string text, int from, int to, bool prefix, bool suffix, TextSlice sentence)
    {
        (_text, _from, _to, _prefix, _suffix) = (text, from, to, prefix, suffix);
        Sentence = sentence;
    }
}
