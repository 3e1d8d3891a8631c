namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using Xunit;

/// <summary>
/// A citation's sentence is a slice of its document's text (Model/TextSlice.cs). Pipeline values hold
/// it, so it must compare exactly as the string it stands for did: equal content is equal (and hashes
/// alike) wherever it stands, anything else is not.
/// </summary>
public sealed class TextSliceTests
{
    [Fact]
    public void Slices_compare_by_content_wherever_they_stand()
    {
        var one = new TextSlice("He flew. She flew.", 3, 5);
        var other = new TextSlice("flew", 0, 4);
        var same = new TextSlice("She flew.", 4, 4);

        Assert.Equal("flew", one.ToString().Substring(0, 4));
        Assert.NotEqual(one, other);
        Assert.Equal(other, same);
        Assert.True(other == same);
        Assert.Equal(other.GetHashCode(), same.GetHashCode());
        Assert.Equal(new TextSlice(string.Empty), new TextSlice("abc", 3, 0));
        Assert.Equal(TextSlice.Empty, default);
        Assert.Equal(string.Empty, default(TextSlice).ToString());
    }

    [Fact]
    public void A_slice_reads_as_its_string()
    {
        const string text = "It was 1975, in 1975.";
        var slice = new TextSlice(text, 3, 17);

        Assert.Equal("was 1975, in 1975", slice.ToString());
        Assert.Equal("was 1975, in 1975".IndexOf("1975", StringComparison.Ordinal), slice.IndexOf("1975"));
        Assert.Equal(-1, slice.IndexOf("It"));
        Assert.Equal(0, slice.IndexOf(string.Empty));
        Assert.Same(text, new TextSlice(text).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSlice(text, 20, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => slice[17]);
    }

    [Fact]
    public void Citations_with_equal_sentences_are_equal_whether_cut_or_whole()
    {
        var cut = new Citation("doc.leo", 1, 4, "1975", new TextSlice("Intro. It was 1975.", 7, 12));
        var whole = new Citation("doc.leo", 1, 4, "1975", "It was 1975.");

        Assert.Equal(whole, cut);
        Assert.Equal(whole.GetHashCode(), cut.GetHashCode());
        Assert.NotEqual(whole, whole with { Sentence = new TextSlice("It was 1976.") });
    }
}
