using System.Text;

namespace LeonovData.Fuzz;

/// <summary>
/// docs/format.md §1 "What is markup", written again as plainly as possible and independently of
/// the parser's span and attribute machinery: the oracle that stripping an error-free document gives
/// back its source text. It trusts the markup to be well formed, so it only applies to documents the
/// parser accepted without a diagnostic.
/// </summary>
internal static class ReferenceStripper
{
    public static string Strip(string annotated)
    {
        var text = new StringBuilder(annotated.Length);
        var i = annotated.Length > 0 && annotated[0] == '\uFEFF' ? 1 : 0;
        if (i < annotated.Length && annotated[i] == '{')
        {
            // The header and the line break that ends it belong to the annotation.
            i = SkipLineBreak(annotated, SkipBlock(annotated, i));
        }

        var lastBreakEnd = -1;
        while (i < annotated.Length)
        {
            var c = annotated[i];
            if (c == '\\' && annotated[i + 1] is '\r' or '\n')
            {
                i = SkipLineBreak(annotated, i + 1);
            }
            else if (c == '\\')
            {
                text.Append(annotated[i + 1]);
                i += 2;
            }
            else if (c == '[')
            {
                i++;
            }
            else if (c == ']')
            {
                i = SkipBlock(annotated, i + 1);
            }
            else if (c is '\r' or '\n')
            {
                text.Append('\n');
                i = SkipLineBreak(annotated, i);
                lastBreakEnd = i;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        // The file's own final line break is not part of the document.
        if (lastBreakEnd == annotated.Length && text.Length > 0 && text[^1] == '\n')
        {
            text.Length--;
        }

        return text.ToString();
    }

    /// <summary>The annotated form of a plain text: every markup character escaped, and the file's final line break added where the text ends with one.</summary>
    public static string Escape(string text)
    {
        var annotated = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '[' or ']' or '{' or '}' or '\\')
            {
                annotated.Append('\\');
            }

            annotated.Append(c);
        }

        if (text.EndsWith('\n'))
        {
            annotated.Append('\n');
        }

        return annotated.ToString();
    }

    // A block ends at the first '}' outside a quoted value and outside a %comment%.
    private static int SkipBlock(string text, int open)
    {
        var i = open + 1;
        while (text[i] != '}')
        {
            if (text[i] == '"')
            {
                i++;
                while (text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }
            }
            else if (text[i] == '%')
            {
                i = text.IndexOf('%', i + 1);
            }

            i++;
        }

        return i + 1;
    }

    private static int SkipLineBreak(string text, int i)
    {
        if (i < text.Length && text[i] == '\r')
        {
            i++;
        }

        if (i < text.Length && text[i] == '\n')
        {
            i++;
        }

        return i;
    }
}
