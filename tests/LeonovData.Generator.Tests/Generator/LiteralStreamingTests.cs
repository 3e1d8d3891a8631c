namespace LeonovData.Generator.Tests.Generator;

using System.Text;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SentencesCitedAsSlicesOfADocumentAreStoredAsTheirStrings(bool utf8)
    {
        // Each sentence stands between a high and a low surrogate of the document, so a slice that
        // starts with a low half or ends with a high one is lone in its sentence though paired in the text.
        var sentences = s_awkward.Concat(new[] { "\uDE00 low first", "high last \uD83D", "pair \uD83D\uDE00" }).ToList();
        var document = new StringBuilder("\uD83D");
        var starts = new List<int>();
        foreach (var sentence in sentences)
        {
            starts.Add(document.Length);
            document.Append(sentence).Append("\uD83D\uDE00");
        }

        var text = document.ToString();
        var slices = sentences.Select((sentence, i) => new TextSlice(text, starts[i], sentence.Length)).ToList();
        var fromStrings = new Blob(tables: 2);
        var fromSlices = new Blob(tables: 2);
        var cited = Cited(fromStrings, sentences.Select(static s => new TextSlice(s)), utf8);
        var sliced = Cited(fromSlices, slices, utf8);

        Assert.Equal(sentences, slices.Select(static s => s.ToString()));
        Assert.Equal(cited.Units, sliced.Units);
        Assert.Equal(fromStrings.Build(), fromSlices.Build());
        Assert.Equal(Literal(cited), Literal(sliced));
        if (utf8)
        {
            Assert.Equal(cited.Utf8().ToArray(), sliced.Utf8().ToArray());
        }
    }

    private static string Literal(CitedText text)
    {
        var literal = new StringBuilder();
        text.AppendLiteral(literal);
        return literal.ToString();
    }

    private static CitedText Cited(IEnumerable<string> sentences, bool utf8) =>
        Cited(new Blob(tables: 2), sentences.Select(static s => new TextSlice(s)), utf8);

    private static CitedText Cited(Blob blob, IEnumerable<TextSlice> sentences, bool utf8)
    {
        var text = new CitedText(blob, table: 1, utf8);
        foreach (var sentence in sentences)
        {
            var record = blob.Begin(0);
            text.Cite(record, sentence.ToString(), sentence);
            blob.Add(0, record);
        }

        return text;
    }
}
