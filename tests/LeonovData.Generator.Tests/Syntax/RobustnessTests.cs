namespace LeonovData.Generator.Tests.Syntax;

using System.Text;
using LeonovData.Generator.Syntax;
using Xunit;

/// <summary>
/// The parser never throws and never blows up, whatever it is given: a build must report what is
/// wrong with a file, not crash or hang on it. Every parse also goes through <see cref="Parse.Invariants"/>.
/// </summary>
public sealed class RobustnessTests
{
    private const int Cases = 3000;
    private const string Markup = "[]{}\\\"%.=\n x";

    [Fact]
    public void An_empty_file_is_an_empty_document()
    {
        var document = Parse.Clean(string.Empty);

        Assert.Null(document.Header);
        Assert.Empty(document.Spans);
        Assert.Equal(string.Empty, document.Text);
        Assert.Equal("test.leo", document.RelativePath);
    }

    [Theory]
    [InlineData("[]{}\\\"%=.# \n\r\tab", 1)]
    [InlineData("[[[]]]{{}}\\\\", 2)]
    [InlineData("[]{}.#=\"\\ %pv0-", 3)]
    [InlineData("ab \n[]{}\r\u2028\u0085\u00A0\uFEFF\uD800\uDC00\u0000", 4)]
    public void Random_texts_from_markup_heavy_alphabets(string alphabet, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            Parse.Text(new string(chars));
        }
    }

    [Fact]
    public void Random_well_formed_looking_annotations()
    {
        string[] pieces = { "[", "]", "{", "}", "]{", "{.date}", "{.name #a p=x}", "\\", "\\[", "\\\n", "\n", "\r\n", "%", "\"", "v=1965.03", " ", "x", "=", "#", ".", "why=\"a\\\"b\"", "[]{.zone kind=noise}" };
        var random = new Random(5);
        for (var i = 0; i < Cases; i++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 40);
            for (var j = 0; j < count; j++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            Parse.Text(builder.ToString());
        }
    }

    [Fact]
    public void Random_bytes_decoded_as_text()
    {
        var random = new Random(1965);
        var encodings = new[] { Encoding.UTF8, Encoding.Latin1, Encoding.Unicode };
        for (var i = 0; i < Cases; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            var text = encodings[i % encodings.Length].GetString(bytes);

            var document = Parse.Text(text);

            if (text.Any(static c => c < ' ' && c is not ('\t' or '\n' or '\r')))
            {
                Assert.Contains(document.Diagnostics, static d => d.Id == "LEO0013");
            }
        }
    }

    [Fact]
    public void Diagnostics_are_in_file_order()
    {
        var random = new Random(11);
        for (var i = 0; i < Cases; i++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Markup[random.Next(Markup.Length)];
            }

            var starts = Parse.Text(new string(chars)).Diagnostics.Select(static d => d.Location!.Start).ToList();
            Assert.Equal(starts.OrderBy(static s => s), starts);
        }
    }

    [Fact]
    public void A_100000_character_line()
    {
        var line = string.Concat(Enumerable.Repeat("word ", 20000));

        Assert.Equal(line, Parse.Clean(line).Text);
        Assert.Equal(line, Assert.Single(Parse.Clean("[" + line + "]{.name}").Spans).Covered);
        // Past the bound of attributes in a block (LEO0020), one error and no more attributes kept.
        var crowded = Parse.Text("[x]{" + string.Concat(Enumerable.Repeat(".a ", 33334)) + "}");
        Assert.Equal(new[] { "LEO0020" }, crowded.Diagnostics.Select(static d => d.Id));
        Assert.Equal(LeonovData.Generator.Syntax.AttributeParser.MaxAttributes, Assert.Single(crowded.Spans).Block.Attributes.Count);
        Assert.Equal(line, Assert.Single(Parse.Clean("[x]{why=\"" + line + "\"}").Spans).Block.Pair("why")?.Value);
        Assert.Equal(new[] { "LEO0011" }, Parse.Text("[x]{%" + line).Diagnostics.Select(static d => d.Id));
        Assert.Equal(new[] { "LEO0007" }, Parse.Text("[x]{why=\"" + line).Diagnostics.Select(static d => d.Id));
    }

    [Fact(Timeout = 60_000)]
    public async Task Ten_thousand_nested_brackets()
    {
        await Task.Run(static () =>
        {
            const int depth = 10_000;

            var unclosed = Parse.Text(new string('[', depth));
            Assert.Equal(depth, unclosed.Diagnostics.Count(static d => d.Id == "LEO0001"));
            Assert.Single(unclosed.Diagnostics, static d => d.Id == "LEO0010");

            var closed = Parse.Text(new string('[', depth) + "x" + string.Concat(Enumerable.Repeat("]{.a}", depth)));
            Assert.Single(closed.Diagnostics);
            Assert.Equal("LEO0010", closed.Diagnostics[0].Id);
            Assert.Equal("x", closed.Text);
        });
    }

    [Fact(Timeout = 60_000)]
    public async Task Deep_nesting_over_a_long_text_does_not_copy_the_text_at_every_level()
    {
        // Every level beyond the limit is already an error; keeping the covered text of each
        // would make 10,000 copies of 200,000 characters (4 GB) out of a 250 kB file.
        await Task.Run(static () =>
        {
            const int depth = 10_000;
            var body = new string('x', 200_000);

            var document = Parse.Text(new string('[', depth) + body + string.Concat(Enumerable.Repeat("]{.a}", depth)));

            Assert.Equal(body, document.Text);
            Assert.Equal(DocumentParser.MaxDepth, document.Spans.Count);
            Assert.Equal("LEO0010", Assert.Single(document.Diagnostics).Id);
        });
    }

    [Theory(Timeout = 60_000)]
    [InlineData("plain")]
    [InlineData("spans")]
    [InlineData("nested")]
    [InlineData("open")]
    [InlineData("close")]
    [InlineData("braces")]
    [InlineData("escapes")]
    [InlineData("continuations")]
    [InlineData("lines")]
    [InlineData("attributes")]
    public async Task One_megabyte_inputs_parse_in_linear_time(string shape)
    {
        const int size = 1 << 20;
        var unit = shape switch
        {
            "plain" => "Leonov walked in space. ",
            "spans" => "[Voskhod 2]{.mission e=voskhod-2 p=x} ",
            "nested" => "[[[a]{.x}]{.y}]{.z}",
            "open" => "[",
            "close" => "]",
            "braces" => "a{}",
            "escapes" => "\\[\\]\\{\\}\\\\",
            "continuations" => "ab\\\n",
            "lines" => "\r\n",
            _ => "[x]{.date #d p=born v=1965-03-18 why=\"a \\\"b\\\"\" %c%} ",
        };
        var text = new StringBuilder(size + unit.Length);
        while (text.Length < size)
        {
            text.Append(unit);
        }

        var input = text.ToString();
        await Task.Run(() =>
        {
            var document = Parse.Text(input);

            // Well-formed shapes stay clean; the broken ones report (at least) one error per unit.
            var broken = shape is "open" or "close" or "braces";
            Assert.Equal(broken, !document.Diagnostics.IsEmpty);
            if (broken)
            {
                Assert.True(document.Diagnostics.Count >= input.Length / unit.Length);
            }

            Assert.Equal(shape is "spans" or "nested" or "attributes", !document.Spans.IsEmpty);
        });
    }
}
