namespace LeonovData.Generator.Tests.Hardening;

using System.Text;

/// <summary>
/// Breaks a generated corpus the way hands and tools break files: characters deleted, duplicated or
/// swapped, a file cut short, attribute soup, numbers too big for any type, and the Unicode that
/// trips text handling (lone and paired surrogates, bidi controls, combining marks, zero-width joiners).
/// </summary>
internal static class Mutations
{
    private static readonly string[] s_soup =
    {
        ".date", ".person", ".mission", ".name", ".count", ".zone", ".sic", "#x", "#s-1", "#person-0", "of=", "of=person-0", "p=when",
        "p=born", "p=flight", "v=\"", "v=1965", "v=PT1M", "e=person-0", "e=nobody", "on=s-1", "rank=preferred", "rank=deprecated",
        "why=", "cmp=ca", "%c%", "%", "\"", "=", "}", "{", "[", "]", "\\", " ", "\t",
    };

    private static readonly string[] s_huge =
    {
        "99999999999999999999999999999", "18446744073709551616", "79228162514264337593543950336", "-2147483649",
        "0.00000000000000000000000000001", "1e400", "9999999999-minute", "2147483648 times", "99999999999 km", "aged 2147483648",
        "10000000000000000000000th", "P99999999999D", "99999-03-18", "-0001", "31 February 1965",
    };

    private static readonly string[] s_unicode =
    {
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u202E", "\u2066", "\u2069", "\u200F", "\u0301", "e\u0301", "\u200D",
        "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\uFEFF", "\u00A0", "\u2028", "\u2029", "\u0085", "\u000B", "\0", "\uFFFE",
    };

    public static IReadOnlyList<(string Path, string Text)> Apply(GeneratedCorpus corpus, Tape tape)
    {
        var files = corpus.Files.ToList();
        var count = tape.Between(1, 4);
        for (var i = 0; i < count; i++)
        {
            // Mostly documents; the schema now and then.
            var index = tape.Chance(15) ? 0 : tape.Between(1, files.Count - 1);
            files[index] = (files[index].Path, Mutate(files[index].Text, tape));
        }

        return files;
    }

    private static string Mutate(string text, Tape tape)
    {
        var at = tape.Next(text.Length + 1);
        var length = Math.Min(tape.Between(1, 8), text.Length - at);
        return tape.Next(8) switch
        {
            0 => text.Remove(at, length),
            1 => text.Insert(at, text.Substring(at, length)),
            2 when at + 1 < text.Length => text[..at] + text[at + 1] + text[at] + text[(at + 2)..],
            3 => text[..at],
            4 => text.Insert(at, Soup(tape)),
            5 => text.Insert(at, tape.Pick(s_huge)),
            6 => ReplaceCovered(text, tape),
            _ => text.Insert(at, tape.Pick(s_unicode)),
        };
    }

    private static string Soup(Tape tape)
    {
        var soup = new StringBuilder(tape.Chance(50) ? "{" : "[x]{");
        var pieces = tape.Between(1, 12);
        for (var i = 0; i < pieces; i++)
        {
            soup.Append(tape.Pick(s_soup)).Append(tape.Chance(70) ? " " : string.Empty);
        }

        return soup.Append(tape.Chance(80) ? "}" : string.Empty).ToString();
    }

    // The covered text of some span becomes a huge number or odd Unicode: the value grammars' turn.
    private static string ReplaceCovered(string text, Tape tape)
    {
        var open = text.IndexOf('[', tape.Next(text.Length));
        var close = open < 0 ? -1 : text.IndexOf(']', open);
        return close < 0 ? text : text[..(open + 1)] + (tape.Chance(60) ? tape.Pick(s_huge) : tape.Pick(s_unicode)) + text[close..];
    }
}
