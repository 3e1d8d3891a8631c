namespace LeonovData.Generator.Tests.Generator;

using System.Text;
using LeonovData.Generator.Emit;
using Microsoft.CodeAnalysis.Text;
using Xunit;

/// <summary>
/// A generated file reaches the compiler as a view of its writer's chunks
/// (<see cref="GeneratedSourceText"/>), not as a string: every way the compiler reads a text must
/// give what <c>SourceText.From</c> of the same string gives, and two files compare by content.
/// </summary>
public sealed class GeneratedSourceTextTests
{
    // Longer than a builder chunk (8,000 chars), a compare block and an indexer block, with a surrogate pair astride them.
    private static string Sample()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 30_000; i++)
        {
            text.Append("line ").Append(i).Append(i % 7 == 0 ? " Гагарин 😀\r\n" : " plain\n");
        }

        return text.ToString();
    }

    // Written as SourceWriter writes, piece by piece, so the builder holds many chunks.
    private static GeneratedText Written(string text)
    {
        var builder = new StringBuilder();
        for (var start = 0; start < text.Length; start += 37)
        {
            builder.Append(text, start, Math.Min(37, text.Length - start));
        }

        return new GeneratedText(builder);
    }

    [Fact]
    public void TheCompilerReadsTheSameTextAsFromAString()
    {
        var text = Sample();
        var expected = SourceText.From(text, Encoding.UTF8);
        var generated = new GeneratedSourceText(Written(text));

        Assert.Equal(text, generated.ToString());
        Assert.Equal(text.Length, generated.Length);
        Assert.True(generated.ContentEquals(expected));
        Assert.Equal(string.Join(",", expected.GetChecksum()), string.Join(",", generated.GetChecksum()));
        Assert.Equal(expected.ChecksumAlgorithm, generated.ChecksumAlgorithm);
        Assert.Equal(expected.Lines.Count, generated.Lines.Count);
        Assert.Equal(expected.Lines[500].ToString(), generated.Lines[500].ToString());
        Assert.Equal(text.Substring(8_190, 5_000), generated.ToString(new TextSpan(8_190, 5_000)));
    }

    [Fact]
    public void TheIndexerReadsEveryPositionInAnyOrder()
    {
        var text = Sample();
        var generated = new GeneratedSourceText(Written(text));
        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(text[i], generated[i]);
        }

        foreach (var position in new[] { text.Length - 1, 0, 1_023, 1_024, 17_000, 5, text.Length - 1_025 })
        {
            Assert.Equal(text[position], generated[position]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => generated[text.Length]);
        Assert.Throws<ArgumentOutOfRangeException>(() => generated[-1]);
    }

    [Fact]
    public void TwoFilesCompareByContent()
    {
        var text = Sample();
        var changedLate = text.Remove(text.Length - 3, 1).Insert(text.Length - 3, "#");

        Assert.Equal(Written(text), Written(text));
        Assert.Equal(Written(text).GetHashCode(), Written(text).GetHashCode());
        Assert.NotEqual(Written(text), Written(changedLate));
        Assert.NotEqual(Written(text), Written(text + " "));
        Assert.Equal(Written(string.Empty), Written(string.Empty));
        Assert.Equal(new GeneratedFile("a.g.cs", Written(text)), new GeneratedFile("a.g.cs", Written(text)));
        Assert.NotEqual(new GeneratedFile("a.g.cs", Written(text)), new GeneratedFile("b.g.cs", Written(text)));
    }
}
