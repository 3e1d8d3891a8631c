using System.Text;

namespace LeonovData.Generator.Values;

/// <summary>White space as the grammars see it: every Unicode space, including U+00A0 and line breaks.</summary>
internal static class WhiteSpace
{
    /// <summary>Folds each run of white space to one ordinary space and trims both ends.</summary>
    public static string Fold(string? text)
    {
        if (text is null || text.Length == 0)
        {
            return string.Empty;
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
