namespace LeonovData.Generator.Tests.TestSupport;

using System.Text;

/// <summary>
/// Random annotated documents made of the language's own pieces, valid and broken: brackets,
/// braces, escapes, every kind of line break, attributes that resolve and attributes that do not,
/// value texts of every kind, control characters, surrogates (paired and lone), ids that collide
/// with C# keywords and generated member names. Deterministic for a seed, so a failure reproduces.
/// </summary>
internal static class RandomDocuments
{
    private static readonly string[] s_text =
    {
        "[", "]", "{", "}", "\\", "\\[", "\\]", "\\{", "\\}", "\\\\", "\\x", "\n", "\r\n", "\r", "\u2028", "\u0085", "\u2029",
        " ", " ", " ", "\t", "\u00A0", "\"", "=", "%", "#", ".", "Leonov", "Alexey Leonov", "Alexei Leonov", "the cosmonaut",
        "\uD83D\uDE80", "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "\0", "\u0007", "\u007F", "\uFEFF", "é", "Ж", "<summary>", "*/", "\"\"\"", "@",
    };

    private static readonly string[] s_covered =
    {
        "30 May 1934", "32 March 1965", "18 Marhc 1965", "1965", "March 1965", "Oct. 1975", "twice", "two-time", "nine", "14", "0",
        "-1", "99999999999999999999", "eleventh", "113th", "III degree", "aged 85", "12 minutes and 9 seconds", "12-minute",
        "about 40 minutes", "less than three months", "4.8-metre", "almost 500 kilometres", "310 miles", "16 ft", "Friday",
        "the next day", "from 1976 to 1982", "since 18 December 2002", "2002–2019", "Alexei Leonov", "Alexey Leonov", "Voskhod 2",
        "", " ", "\\[x\\]", "a \"quoted\" name", "back\\\\slash", "line\\\nbreak", "\uD83D\uDE80", "\uD800", "<tag>&amp;", "*/ /*",
    };

    private static readonly string[] s_attributes =
    {
        ".date", ".interval", ".duration", ".length", ".age", ".count", ".ordinal", ".name", ".person", ".mission", ".event",
        ".zone", ".sic", ".variant", ".conv", ".source", ".persn", ".", "#", "#x", "#alexei-leonov", "#spacewalk", "#voskhod-2",
        "#class", "#All", "#ids", "#names", "#get", "#1st", "#a--b", "#_", "#-", "#ToString", "#Equals", "#new-id", "#leonov-voskhod",
        "e=alexei-leonov", "e=voskhod-2", "e=spacewalk", "e=nobody", "e=x", "e=class", "of=spacewalk", "of=voskhod-2", "of=nobody",
        "of=x", "p=born", "p=died", "p=flight", "p=flights", "p=with", "p=role", "p=date", "p=duration", "p=tether", "p=bron",
        "on=leonov-voskhod", "on=x", "on=nobody", "v=1965-03-18", "v=1965", "v=2019-10-11", "v=1965-02-30", "v=PT12M", "v=P18M",
        "v=\"4.8 m\"", "v=1965.03", "v=", "v=\"", "v=2", "v=1976/1982", "v=2002-12-18/..", "cmp=lt", "cmp=ca", "cmp=xx",
        "rank=preferred", "rank=deprecated", "rank=weird", "why=\"because\"", "why=", "kind=noise", "kind=body",
        "kind=references", "kind=weird", "name=\"A \\\"quoted\\\" name\"", "name=Leonov", "% a comment %", "% unclosed", "x=y",
        "subject=alexei-leonov", "sha256=00", "published=2019-10", "=", "\"", "}", "{",
    };

    public static string Create(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        switch (random.Next(4))
        {
            case 0:
                builder.Append("{#fuzz-").Append(seed).Append(" .source kind=news subject=alexei-leonov}\n");
                break;
            case 1:
                builder.Append('{').Append(Attributes(random)).Append("}\n");
                break;
            case 2:
                builder.Append("{#fuzz-").Append(seed).Append(" .source subject=alexei-leonov sha256=")
                    .Append(random.Next(2) == 0 ? "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" : "0")
                    .Append("}\n");
                break;
        }

        var pieces = random.Next(1, 40);
        for (var i = 0; i < pieces; i++)
        {
            if (random.Next(3) == 0)
            {
                builder.Append(Pick(random, s_text));
            }
            else
            {
                Span(random, builder, depth: 0);
            }
        }

        return builder.ToString();
    }

    private static void Span(Random random, StringBuilder builder, int depth)
    {
        builder.Append('[');
        builder.Append(Pick(random, s_covered));
        if (depth < 3 && random.Next(6) == 0)
        {
            Span(random, builder, depth + 1);
        }

        if (random.Next(10) == 0)
        {
            builder.Append(Pick(random, s_text));
        }

        builder.Append(']');
        if (random.Next(12) != 0)
        {
            builder.Append('{').Append(Attributes(random)).Append(random.Next(15) == 0 ? string.Empty : "}");
        }
    }

    private static string Attributes(Random random)
    {
        var count = random.Next(0, 6);
        var attributes = new string[count];
        for (var i = 0; i < count; i++)
        {
            attributes[i] = Pick(random, s_attributes);
        }

        return string.Join(random.Next(8) == 0 ? "\t" : " ", attributes);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
