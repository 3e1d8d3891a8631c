using LeonovData.Generator.Model;

namespace LeonovData.Generator.Values;

/// <summary>White space as the grammars see it: every Unicode space, including U+00A0 and line breaks.</summary>
internal static class WhiteSpace
{
    /// <summary>Whether folding <paramref name="length"/> chars of <paramref name="text"/> from <paramref name="start"/> would give them back unchanged: no white space at either end, and every white space a lone ordinary space.</summary>
    private static bool IsFolded(string text, int start, int length)
    {
        var end = start + length;
        if (char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1]))
        {
            return false;
        }

        for (var i = start + 1; i < end - 1; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch) && (ch != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Folds each run of white space to one ordinary space and trims both ends.</summary>
    public static string Fold(string? text)
    {
        if (text is null || text.Length == 0)
        {
            return string.Empty;
        }

        // Most text is folded already (names, quotes, attribute values): keep it, allocating nothing.
        return IsFolded(text, 0, text.Length) ? text : Folded(text, 0, text.Length);
    }

    /// <summary>The same for a part of <paramref name="text"/>, cut and folded in one copy (a sentence of a document).</summary>
    public static string Fold(string text, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        return IsFolded(text, start, length) ? text.Substring(start, length) : Folded(text, start, length);
    }

    /// <summary>The same, as a slice of <paramref name="text"/> when the part is folded already (no string
    /// made), otherwise as the folded copy.</summary>
    public static TextSlice FoldSlice(string text, int start, int length)
    {
        if (length == 0)
        {
            return TextSlice.Empty;
        }

        return IsFolded(text, start, length) ? new TextSlice(text, start, length) : new TextSlice(Folded(text, start, length));
    }

    private static string Folded(string text, int start, int length)
    {
        var folded = new char[length];
        var written = 0;
        var pendingSpace = false;
        for (var i = start; i < start + length; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = written > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded[written++] = ' ';
                pendingSpace = false;
            }

            folded[written++] = ch;
        }

        return written == 0 ? string.Empty : new string(folded, 0, written);
    }
}
