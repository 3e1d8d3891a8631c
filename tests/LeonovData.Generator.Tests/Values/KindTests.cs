namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

public sealed class KindTests
{
    [Theory]
    [InlineData("date", ValueKind.Date)]
    [InlineData("interval", ValueKind.Interval)]
    [InlineData("duration", ValueKind.Duration)]
    [InlineData("length", ValueKind.Length)]
    [InlineData("age", ValueKind.Age)]
    [InlineData("count", ValueKind.Count)]
    [InlineData("ordinal", ValueKind.Ordinal)]
    [InlineData("name", ValueKind.Name)]
    public void Parses_every_kind_name(string name, object kind)
    {
        Assert.True(ValueParser.TryParseKind(name, out var parsed));
        Assert.Equal((ValueKind)kind, parsed);
    }

    [Theory]
    [InlineData("Date")]
    [InlineData("dates")]
    [InlineData(" date")]
    [InlineData("")]
    [InlineData("person")]
    public void Rejects_other_names(string name)
    {
        Assert.False(ValueParser.TryParseKind(name, out _));
    }

    [Theory]
    [InlineData("lt", Comparator.LessThan)]
    [InlineData("le", Comparator.AtMost)]
    [InlineData("gt", Comparator.GreaterThan)]
    [InlineData("ge", Comparator.AtLeast)]
    [InlineData("ca", Comparator.Approximately)]
    public void Comparator_spellings_round_trip(string spelling, object comparator)
    {
        Assert.True(ComparatorSpelling.TryParse(spelling, out var parsed));
        Assert.Equal((Comparator)comparator, parsed);
        Assert.Equal(spelling, ComparatorSpelling.Spell((Comparator)comparator));
    }

    [Fact]
    public void Exact_has_no_spelling()
    {
        Assert.Null(ComparatorSpelling.Spell(Comparator.Exact));
        Assert.False(ComparatorSpelling.TryParse("eq", out _));
        Assert.False(ComparatorSpelling.TryParse("LT", out _));
    }

    [Fact]
    public void Every_kind_has_a_text_grammar_and_a_v_form()
    {
        foreach (var kind in Enum.GetValues<ValueKind>())
        {
            var reading = ValueParser.ReadText(kind, "\u0000");
            Assert.NotNull(reading.Error);
            Assert.DoesNotContain("is not a value kind", reading.Error, StringComparison.Ordinal);
            ValueParser.ReadNormalized(kind, "\u0000", out var error);
            Assert.NotNull(error);
            Assert.DoesNotContain("is not a value kind", error, StringComparison.Ordinal);
        }

        Assert.Contains("is not a value kind", ValueParser.ReadText((ValueKind)99, "1965").Error, StringComparison.Ordinal);
    }
}
