using System.Globalization;
using System.Text;

namespace LeonovData.Generator.Emit;

/// <summary>C# literals and XML-doc text, escaped; every number in invariant culture.</summary>
internal static class Literals
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        return FirstEscaped(value) < 0 ? string.Concat("\"", value, "\"") : AppendString(new StringBuilder(value.Length + 16), value).ToString();
    }

    /// <summary>
    /// Appends <paramref name="value"/> as a string literal, copying the runs between escapes whole:
    /// a shard's data literal is most of its file and is written straight into it.
    /// </summary>
    public static StringBuilder AppendString(StringBuilder builder, string value) =>
        AppendEscaped(builder.Append('"'), value).Append('"');

    /// <summary>The text of a string literal, escaped, without its quotes (<see cref="AppendString"/>).</summary>
    public static StringBuilder AppendEscaped(StringBuilder builder, string value)
    {
        var run = 0;
        for (var i = FirstEscaped(value); i >= 0 && i < value.Length; i++)
        {
            if (IsPlainAscii(value[i]))
            {
                continue;
            }

            var escape = Escape(value, i);
            if (escape is null)
            {
                continue;
            }

            builder.Append(value, run, i - run);
            if (escape.Length > 0)
            {
                builder.Append(escape);
            }
            else
            {
                builder.Append("\\u").Append(((int)value[i]).ToString("x4", CultureInfo.InvariantCulture));
            }

            run = i + 1;
        }

        return builder.Append(value, run, value.Length - run);
    }

    /// <summary>
    /// Printable ASCII as the text of a string literal (a blob's numbers and records): only a quote or
    /// a backslash is escaped, as <see cref="AppendEscaped"/> would.
    /// </summary>
    public static void AppendAscii(StringBuilder builder, char[] text, int start, int count)
    {
        var run = start;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (IsPlainAscii(c))
            {
                continue;
            }

            if (c is not ('"' or '\\'))
            {
                throw new System.ArgumentException($"U+{(int)c:X4} is not printable ASCII", nameof(text));
            }

            builder.Append(text, run, i - run).Append('\\').Append(c);
            run = i + 1;
        }

        builder.Append(text, run, start + count - run);
    }

    private static int FirstEscaped(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsPlainAscii(value[i]) && Escape(value, i) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Printable ASCII other than a quote or a backslash, written as itself: almost every char of a data literal, decided without <see cref="Escape"/>.</summary>
    private static bool IsPlainAscii(char c) => c is >= ' ' and < '\u007F' and not '"' and not '\\';

    /// <summary>What the char at <paramref name="i"/> is written as: null when as itself, empty when as a <c>\uXXXX</c> escape.</summary>
    private static string? Escape(string value, int i)
    {
        var c = value[i];
        switch (c)
        {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\0': return "\\0";
            default:
                // A lone surrogate is escaped too: raw, it would not survive the generated file being saved as UTF-8.
                return char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' || IsLoneSurrogate(value, i) ? string.Empty : null;
        }
    }

    /// <summary>Whether the char at <paramref name="i"/> is half of a surrogate pair without its other half.</summary>
    public static bool IsLoneSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text for an XML doc comment: escaped, on one line, without control characters, and without
    /// what XML 1.0 forbids (U+FFFE, U+FFFF, unpaired surrogates), which the compiler reports as CS1570.
    /// </summary>
    public static string Xml(string text)
    {
        // Most names, ids and docs need nothing: the model writes several per entity.
        var first = 0;
        while (first < text.Length && IsXmlAsIs(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\uFFFE' or '\uFFFF':
                    builder.Append('\uFFFD');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="Xml"/> writes the char as it is, whatever its neighbours (surrogates are decided by the full loop).</summary>
    private static bool IsXmlAsIs(char c) =>
        c is not ('&' or '<' or '>' or '\uFFFE' or '\uFFFF' or '\u0085' or '\u2028' or '\u2029') && !char.IsSurrogate(c) && !char.IsControl(c);
}
