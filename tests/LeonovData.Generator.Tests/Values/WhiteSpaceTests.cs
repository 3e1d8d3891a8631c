namespace LeonovData.Generator.Tests.Values;

using System.Linq;
using LeonovData.Generator.Values;
using Xunit;

public sealed class WhiteSpaceTests
{
    [Theory]
    [InlineData("Alexei Leonov", "Alexei Leonov")]
    [InlineData("  Alexei \u00A0\n Leonov\t", "Alexei Leonov")]
    [InlineData("a\u2028b", "a b")]
    [InlineData(" \n\t ", "")]
    [InlineData("", "")]
    public void Folds_every_run_of_white_space_to_one_space_and_trims(string text, string expected) =>
        Assert.Equal(expected, WhiteSpace.Fold(text));

    // A sentence is cut and folded in one copy (Sentences.Around): every part of a text must fold as
    // its substring does, whatever white space stands at its ends or inside it.
    [Fact]
    public void A_part_folds_as_its_substring_does()
    {
        const string text = " The  crew\u00A0of [Voskhod 2]\n  landed.\t\tThen \u2029 silence ";
        foreach (var start in Enumerable.Range(0, text.Length + 1))
        {
            foreach (var length in Enumerable.Range(0, text.Length - start + 1))
            {
                Assert.Equal(WhiteSpace.Fold(text.Substring(start, length)), WhiteSpace.Fold(text, start, length));
            }
        }
    }

    [Fact]
    public void Folded_text_is_given_back_without_a_copy()
    {
        const string text = "Hero of the Soviet Union";
        Assert.Same(text, WhiteSpace.Fold(text));
    }
}
