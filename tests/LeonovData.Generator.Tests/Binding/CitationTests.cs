namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Binding;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>Citations: document, one-based line and column of the span, the covered text, and its sentence.</summary>
public sealed class CitationTests
{
    [Fact]
    public void A_citation_is_one_based_and_quotes_the_folded_covered_text()
    {
        var outcome = CorpusTexts.RunBody("First line.\n\n    His walk lasted [12\u00A0minutes and\\\n 9 seconds]{.duration of=voskhod-2 p=duration}.");

        CorpusAssert.None(outcome.Diagnostics);
        var citation = outcome.Statement("voskhod-2", "duration").Citation;
        Assert.Equal(("doc.leo", 4, 21, "12 minutes and 9 seconds"), (citation.Document, citation.Line, citation.Column, citation.Quote));
        Assert.Equal("doc.leo(4,21)", citation.ToString());
        Assert.Equal("His walk lasted 12 minutes and 9 seconds.", citation.Sentence.ToString());
    }

    [Theory]
    [InlineData("He met Thomas P. Stafford in [1975]{.date of=soyuz-19 p=date}. Later they flew.", "He met Thomas P. Stafford in 1975.")]
    [InlineData("It was Order No. 21 of [1975]{.date of=soyuz-19 p=date} in the list. Next one.", "It was Order No. 21 of 1975 in the list.")]
    [InlineData("One. Two in [1975]{.date of=soyuz-19 p=date}! Three?", "Two in 1975!")]
    [InlineData("Was it [1975]{.date of=soyuz-19 p=date}? Yes.", "Was it 1975?")]
    [InlineData("Line one\n[1975]{.date of=soyuz-19 p=date} on its own line\nline three", "1975 on its own line")]
    [InlineData("The year 1974. [1975]{.date of=soyuz-19 p=date} followed", "1975 followed")]
    [InlineData("Mr. Leonov and Dr. White met in [1975]{.date of=soyuz-19 p=date}. Done.", "Mr. Leonov and Dr. White met in 1975.")]
    public void The_sentence_around_a_fact(string body, string sentence)
    {
        var outcome = CorpusTexts.RunBody(body);

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(sentence, outcome.Statement("soyuz-19", "date").Citation.Sentence.ToString());
    }

    [Fact]
    public void A_very_long_sentence_is_cut_with_an_ellipsis()
    {
        var words = string.Concat(Enumerable.Repeat("word ", 100));
        var sentence = Sentences.Around(words + "1975 " + words + "end.", 500, 504).ToString();

        Assert.StartsWith("…", sentence);
        Assert.EndsWith("…", sentence);
        Assert.Contains("1975", sentence);
        Assert.InRange(sentence.Length, 200, 500);
    }

    [Theory]
    [InlineData("", 0, 0, "")]
    [InlineData("x", 5, 9, "x")]
    [InlineData("Short.", 0, 6, "Short.")]
    public void Sentence_extraction_is_safe_at_the_edges(string text, int start, int end, string expected) =>
        Assert.Equal(expected, Sentences.Around(text, start, end).ToString());

    [Fact]
    public void Qualifiers_and_entities_are_cited_too()
    {
        var outcome = CorpusTexts.RunBody("Line.\n[Leonov]{.person e=leonov #c of=voskhod-2 p=crew} as [Almaz-2]{.name on=c p=callsign}.");

        var crew = outcome.Statement("voskhod-2", "crew");
        Assert.Equal((3, 1), (crew.Citation.Line, crew.Citation.Column));
        Assert.Equal((3, 54, "Leonov as Almaz-2."), (crew.Qualifiers[0].Citation.Line, crew.Qualifiers[0].Citation.Column, crew.Qualifiers[0].Citation.Sentence.ToString()));
        Assert.Equal(("000-cast.leo", 2, 1), (outcome.Entity("leonov").Citation.Document, outcome.Entity("leonov").Citation.Line, outcome.Entity("leonov").Citation.Column));
    }
}
