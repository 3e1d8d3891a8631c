namespace LeonovData.Generator.Tests.Syntax;

using System.Text;
using Xunit;

/// <summary>
/// The rule above all others: removing the markup gives back the source text exactly. For random
/// texts full of markup characters, escaping them (and adding continuations, a header, spans)
/// and parsing must give back the text, character for character.
/// </summary>
public sealed class RoundTripTests
{
    private const int Cases = 2000;

    // Markup characters are over-represented; \r and control characters are not source text (CRLF
    // is covered separately, and the stripped text is LF-only by design).
    private const string Alphabet = "[]{}\\\\%\"=.# #abcXYZ019 \u00A0\n\t-é—Лё\u2028ɐ";

    /// <summary>A source text written as annotated text: every markup character escaped.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            builder.Append(Token(c));
        }

        return builder.ToString();
    }

    private static string Token(char c) => c is '[' or ']' or '{' or '}' or '\\' ? "\\" + c : c.ToString();

    [Theory]
    [InlineData("")]
    [InlineData("[the borscht]")]
    [InlineData("{{cite book}}")]
    [InlineData("a\\b\\\\c\\")]
    [InlineData("ends with a break\n")]
    [InlineData("\n\n")]
    [InlineData("{#not-a-header .source}\nbody")]
    [InlineData("[x]{.date} is literal once escaped")]
    public void Escaped_examples_come_back(string text)
    {
        Assert.Equal(text, Parse.Clean(Escape(text) + "\n").Text);
        if (!text.EndsWith('\n'))
        {
            Assert.Equal(text, Parse.Clean(Escape(text)).Text);
        }
    }

    [Fact]
    public void Random_texts_come_back_after_escaping()
    {
        var random = new Random(20191011);
        for (var i = 0; i < Cases; i++)
        {
            var text = RandomText(random);

            Assert.Equal(text, Parse.Clean(Escape(text) + "\n").Text);
            if (!text.EndsWith('\n'))
            {
                Assert.Equal(text, Parse.Clean(Escape(text)).Text);
            }
        }
    }

    [Fact]
    public void Random_texts_come_back_with_line_continuations_inserted()
    {
        var random = new Random(19650318);
        for (var i = 0; i < Cases; i++)
        {
            var text = RandomText(random);
            var annotated = new StringBuilder();
            foreach (var c in text)
            {
                if (random.Next(6) == 0)
                {
                    annotated.Append(random.Next(2) == 0 ? "\\\n" : "\\\r\n");
                }

                annotated.Append(Token(c));
            }

            if (random.Next(3) == 0)
            {
                annotated.Append("\\\n");
            }

            Assert.Equal(text, Parse.Clean(annotated + "\n").Text);
        }
    }

    [Fact]
    public void Random_texts_come_back_under_a_header_and_with_CRLF()
    {
        var random = new Random(19750715);
        for (var i = 0; i < Cases; i++)
        {
            var text = RandomText(random);
            var annotated = "{#doc .source kind=news}\n" + Escape(text) + "\n";

            Assert.Equal(text, Parse.Clean(annotated).Text);
            Assert.Equal(text, Parse.Clean(annotated.Replace("\n", "\r\n")).Text);
        }
    }

    [Fact]
    public void Random_texts_come_back_with_random_nested_spans_covering_exactly_their_part()
    {
        var random = new Random(19340530);
        for (var i = 0; i < Cases / 2; i++)
        {
            var text = RandomText(random);
            var expected = new List<(int Start, int End)>();
            var annotated = new StringBuilder();
            Wrap(random, text, 0, text.Length, depth: 0, annotated, expected);

            var document = Parse.Clean(annotated + "\n");

            Assert.Equal(text, document.Text);
            Assert.Equal(expected, document.Spans.Select(static s => (s.TextStart, s.TextEnd)));
        }
    }

    // Writes text[start..end) with random spans around random parts, each recorded in opening order.
    private static void Wrap(Random random, string text, int start, int end, int depth, StringBuilder annotated, List<(int Start, int End)> spans)
    {
        var position = start;
        while (position < end)
        {
            var length = random.Next(1, end - position + 1);
            if (depth < 16 && random.Next(3) == 0)
            {
                spans.Add((position, position + length));
                annotated.Append('[');
                Wrap(random, text, position, position + length, depth + 1, annotated, spans);
                annotated.Append("]{.name}");
            }
            else
            {
                annotated.Append(Escape(text.Substring(position, length)));
            }

            position += length;
        }

        if (start == end && random.Next(4) == 0)
        {
            spans.Add((start, start));
            annotated.Append("[]{.zone kind=body}");
        }
    }

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 60);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
