using System.Text;

namespace LeonovData.Generator.Values;

/// <summary>White space as the grammars see it: every Unicode space, including U+00A0 and line breaks.</summary>
internal static class WhiteSpace
{
    /// <summary>Whether <see cref="Fold"/> would give <paramref name="text"/> back unchanged: no white space at either end, and every white space a lone ordinary space.</summary>
    private static bool IsFolded(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
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
        if (IsFolded(text))
        {
            return text;
        }

        StringBuilder? builder = null;
        var pendingSpace = false;
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = written > 0;
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ch);
            written++;
        }

        return builder?.ToString() ?? string.Empty;
    }
}
