namespace LeonovData.Generator.Tests.Values;

using System.Linq;
using LeonovData.Generator.Values;
using Xunit;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("18 March 1965", "18|March|1965")]
    [InlineData("12-minute", "12|-|minute")]
    [InlineData("1,000 km", "1,000|km")]
    [InlineData("4.8 m", "4.8|m")]
    [InlineData("March 18,1965", "March|18|,|1965")]
    [InlineData("c.\u00A01950", "c|.|1950")]
    [InlineData("1965\u20131975", "1965|\u2013|1975")]
    [InlineData("", "")]
    public void Splits_words_numbers_and_symbols(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Tokenizer.Tokenize(text).Select(static t => t.Text)));

    // The list is sized by a first count, so that reading a value does not grow it from four; a number's
    // grouping and fraction are counted as their parts, so only they leave room unused.
    [Theory]
    [InlineData("18 March 1965")]
    [InlineData("12-minute spacewalk")]
    [InlineData("at the age of 85")]
    [InlineData("Jluy 20th, 1969 (UTC)")]
    [InlineData("\u0661\u0662 km")]
    public void The_list_is_sized_once(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(tokens.Count, tokens.Capacity);
    }

    [Fact]
    public void Grouped_and_fractional_numbers_fit_the_room_counted_for_their_parts()
    {
        var tokens = Tokenizer.Tokenize("1,000,000.5 km");
        Assert.Equal(2, tokens.Count);
        Assert.True(tokens.Capacity >= tokens.Count);
        Assert.True(tokens[0].Grouped);
        Assert.Equal(1, tokens[0].FractionDigits);
    }
}
