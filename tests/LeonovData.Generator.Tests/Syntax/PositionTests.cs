namespace LeonovData.Generator.Tests.Syntax;

using LeonovData.Generator.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

/// <summary>
/// Lines and columns are Roslyn's (docs/format.md: CR, LF, CRLF, U+0085, U+2028, U+2029 break
/// lines; columns are UTF-16 code units), so an error in a .leo file opens at the right place in an IDE.
/// </summary>
public sealed class PositionTests
{
    [Fact]
    public void Every_offset_maps_to_the_line_and_column_Roslyn_gives_it()
    {
        const string alphabet = "ab\r\n\u0085\u2028\u2029\t\uD83D\uDE80 ";
        var random = new Random(2019);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 50)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var lines = new LineMap("/x.leo", text);
            var roslyn = SourceText.From(text).Lines;
            for (var offset = 0; offset <= text.Length; offset++)
            {
                var expected = roslyn.GetLinePosition(offset);
                var actual = lines.Locate(offset, 0);
                Assert.True(
                    (expected.Line, expected.Character) == (actual.StartLine, actual.StartColumn),
                    $"offset {offset} of {Parse.Show(text)}: Roslyn says ({expected.Line},{expected.Character}), LineMap ({actual.StartLine},{actual.StartColumn})");
            }
        }
    }

    [Fact]
    public void A_location_spans_from_its_start_to_its_end()
    {
        var location = new LineMap("/x.leo", "ab\ncd\r\nef").Locate(1, 6);

        Assert.Equal(("/x.leo", 1, 6), (location.FilePath, location.Start, location.Length));
        Assert.Equal((0, 1, 2, 0), (location.StartLine, location.StartColumn, location.EndLine, location.EndColumn));
        Assert.Equal("x.leo(1,2)", location.Display("x.leo"));
    }

    [Fact]
    public void A_reported_location_is_the_roslyn_location_of_the_same_span()
    {
        const string text = "line one\r\nline two ]";
        var diagnostic = Assert.Single(Parse.Text(text).Diagnostics);

        var location = diagnostic.Location!.ToLocation();

        Assert.Equal(new TextSpan(19, 1), location.SourceSpan);
        Assert.Equal(new LinePosition(1, 9), location.GetLineSpan().StartLinePosition);
        Assert.Equal(SourceText.From(text).Lines.GetLinePositionSpan(location.SourceSpan), location.GetLineSpan().Span);
    }
}
