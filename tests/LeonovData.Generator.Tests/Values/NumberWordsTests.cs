namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("zero", 0)]
    [InlineData("one", 1)]
    [InlineData("nine", 9)]
    [InlineData("Eleven", 11)]
    [InlineData("nineteen", 19)]
    [InlineData("twenty", 20)]
    [InlineData("twenty-one", 21)]
    [InlineData("twenty one", 21)]
    [InlineData("forty-five", 45)]
    [InlineData("Ninety-Nine", 99)]
    [InlineData("hundred", 100)]
    [InlineData("a hundred", 100)]
    [InlineData("one hundred", 100)]
    [InlineData("a hundred and five", 105)]
    [InlineData("two hundred", 200)]
    [InlineData("nine hundred and ninety-nine", 999)]
    public void Reads_cardinals(string text, int value)
    {
        Assert.True(NumberWords.TryParseCardinal(text, out var parsed), text);
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("twenty-")]
    [InlineData("twenty-zero")]
    [InlineData("ninety-ten")]
    [InlineData("one-hundred")]
    [InlineData("eleventy")]
    [InlineData("a hundred and")]
    [InlineData("zero hundred")]
    [InlineData("first")]
    [InlineData("21")]
    public void Rejects_non_cardinals(string text)
    {
        Assert.False(NumberWords.TryParseCardinal(text, out var parsed));
        Assert.Equal(0, parsed);
    }

    [Theory]
    [InlineData("first", 1)]
    [InlineData("second", 2)]
    [InlineData("third", 3)]
    [InlineData("Eighth", 8)]
    [InlineData("eleventh", 11)]
    [InlineData("twelfth", 12)]
    [InlineData("twentieth", 20)]
    [InlineData("twenty-first", 21)]
    [InlineData("thirty second", 32)]
    [InlineData("thirtieth", 30)]
    [InlineData("ninetieth", 90)]
    [InlineData("ninety-ninth", 99)]
    [InlineData("hundredth", 100)]
    [InlineData("one hundredth", 100)]
    public void Reads_ordinals(string text, int value)
    {
        Assert.True(NumberWords.TryParseOrdinal(text, out var parsed), text);
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("zeroth")]
    [InlineData("twenty")]
    [InlineData("firsts")]
    [InlineData("twenty-tenth")]
    [InlineData("1st")]
    public void Rejects_non_ordinals(string text)
    {
        Assert.False(NumberWords.TryParseOrdinal(text, out _));
    }

    [Theory]
    [InlineData("once", 1)]
    [InlineData("twice", 2)]
    [InlineData("TWICE", 2)]
    [InlineData("thrice", 3)]
    public void Reads_frequency_words(string text, int value)
    {
        Assert.True(NumberWords.TryParseFrequency(text, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("four times")]
    [InlineData("twice ")]
    [InlineData("")]
    public void Rejects_other_frequency_words(string text)
    {
        Assert.False(NumberWords.TryParseFrequency(text, out _));
    }

    [Fact]
    public void Roman_numerals_one_to_twenty_round_trip()
    {
        for (var i = 1; i <= Roman.Max; i++)
        {
            var numeral = Roman.Format(i);
            Assert.NotNull(numeral);
            Assert.True(Roman.TryParse(numeral!, out var parsed));
            Assert.Equal(i, parsed);
            Assert.True(Roman.TryParse(numeral!.ToLowerInvariant(), out parsed));
            Assert.Equal(i, parsed);
        }

        Assert.Equal("XIV", Roman.Format(14));
        Assert.Null(Roman.Format(0));
        Assert.Null(Roman.Format(21));
    }

    [Theory]
    [InlineData("")]
    [InlineData("IIII")]
    [InlineData("VX")]
    [InlineData("IC")]
    [InlineData("XXI")]
    [InlineData("XIIII")]
    [InlineData("I I")]
    public void Rejects_non_canonical_roman_numerals(string text)
    {
        Assert.False(Roman.TryParse(text, out _));
    }
}
