namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>.conv: a unit conversion of the value span just before it, checked (LEO0305), no statement of its own.</summary>
public sealed class ConversionTests
{
    [Theory]
    [InlineData("almost 500 kilometres", "310 miles")]
    [InlineData("4.8-metre", "16 ft")]
    [InlineData("500 km", "311 mi")]
    public void A_conversion_that_agrees_states_nothing_new(string original, string converted)
    {
        var outcome = CorpusTexts.RunBody($"[{original}]{{.length of=voskhod-2 p=altitude}} ([{converted}]{{.length .conv}})");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Single(outcome.Corpus.Statements);
    }

    [Fact]
    public void A_conversion_that_disagrees_names_both_sides()
    {
        var outcome = CorpusTexts.RunBody("[almost 500 kilometres]{.length of=voskhod-2 p=altitude} ([410 miles]{.length .conv})");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0305", 2, 59);
        Assert.StartsWith("'410 miles' (410 mi) is not a conversion of '", CorpusAssert.Message(diagnostic));
        Assert.Contains("(500 km)", CorpusAssert.Message(diagnostic));
        Assert.Single(outcome.Corpus.Statements);
    }

    [Theory]
    [InlineData("([310 miles]{.length .conv}) and [500 km]{.length of=voskhod-2 p=altitude}", "LEO0216@2:2", ".conv marks a conversion of the value span just before it, but")]
    [InlineData("[1965]{.date of=voskhod-2 p=date} ([310 miles]{.length .conv})", "LEO0216@2:36", ".conv marks a conversion of the value span just before it, but")]
    [InlineData("[500 km]{.length of=voskhod-2 p=altitude} ([1965]{.date .conv})", "LEO0216@2:44", ".conv marks a unit conversion, so the span must be a measure: .length, .mass, .speed, .area, .volume or .temperature")]
    public void A_conversion_needs_a_length_just_before_it(string body, string expected, string message)
    {
        var outcome = CorpusTexts.RunBody(body);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.Contains(message, CorpusAssert.Message(outcome.Diagnostics[0]));
    }

    [Fact]
    public void The_neighbour_of_a_conversion_is_in_the_same_document()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[500 km]{.length of=voskhod-2 p=altitude}"),
            CorpusTexts.Doc("b", "[310 miles]{.length .conv}"));

        CorpusAssert.Single(outcome.Diagnostics, "LEO0216", 2, 1);
    }
}
