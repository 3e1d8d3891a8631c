namespace LeonovData.Generator.Tests.Generator;

using System.Text;
using LeonovData.Generator.Emit;
using Xunit;

/// <summary>
/// A shard's blob and cited text are escaped straight into the generated file, piece by piece
/// (<see cref="Blob.AppendLiteral"/>, <see cref="CitedText.AppendLiteral"/>): the literal must be the
/// one the whole text escaped at once gives, character for character, whatever the pieces hold.
/// </summary>
public sealed class LiteralStreamingTests
{
    private static readonly string[] s_awkward =
    {
        "plain", "a \"quoted\" word", "back\\slash", "line\nbreak\ttab", "Гагарин", "emoji 😀 pair",
        "lone \uD800 high", "\uDC00 lone low", "\uFFFF starts with the escape mark", "nul\0", "\u2028separator", string.Empty,
    };

    [Fact]
    public void ABlobWrittenIntoTheFileIsItsTextEscaped()
    {
        var blob = new Blob(tables: 2);
        for (var i = 0; i < 300; i++)
        {
            // Numbers whose digits include '\\' (a continuation digit of 12, a fixed digit of 44).
            var record = blob.Begin(i % 2).Number(blob.String(s_awkward[i % s_awkward.Length])).Number(12 + (32 * i)).Number(44 * i);
            blob.Add(i % 2, record);
        }

        var streamed = new StringBuilder();
        Assert.True(blob.AppendLiteral(streamed));

        Assert.Equal(Literals.AppendString(new StringBuilder(), blob.Build()!).ToString(), streamed.ToString());
        Assert.Contains("\\\\", streamed.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CitedTextWrittenIntoTheFileIsItsTextEscaped(bool utf8)
    {
        // The last two sentences split a surrogate pair between them: escaped one by one they would be
        // two lone halves, in the whole text they are one pair.
        var sentences = s_awkward.Concat(new[] { "ends high \uD83D", "\uDE00 starts low" }).ToList();
        var text = Cited(sentences, utf8);

        var stored = sentences.Select(s => utf8 ? Blob.Utf8Safe(s) : s);
        var streamed = new StringBuilder();
        text.AppendLiteral(streamed);

        Assert.Equal(Literals.AppendString(new StringBuilder(), string.Concat(stored)).ToString(), streamed.ToString());
    }

    [Fact]
    public void CitedTextOfWholeSentencesIsEscapedSentenceBySentence()
    {
        var text = Cited(s_awkward, utf8: false);

        var streamed = new StringBuilder();
        text.AppendLiteral(streamed);

        Assert.Equal(Literals.AppendString(new StringBuilder(), string.Concat(s_awkward)).ToString(), streamed.ToString());
    }

    private static CitedText Cited(IEnumerable<string> sentences, bool utf8)
    {
        var blob = new Blob(tables: 2);
        var text = new CitedText(blob, table: 1, utf8);
        foreach (var sentence in sentences)
        {
            var record = blob.Begin(0);
            text.Cite(record, sentence, sentence);
            blob.Add(0, record);
        }

        return text;
    }
}
