namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// v= is the general escape hatch: text no grammar reads takes its value from v= and stays as the
/// source wrote it; where the grammar reads the text, v= must agree; a near miss ("Jluy") needs
/// .sic to say the source really has it. Numeric dates read in the order dates= declares.
/// </summary>
public sealed class EscapeHatchTests
{
    [Theory]
    [InlineData("7/24/1969", ".date of=voskhod-2 p=date v=1969-07-24", "1969-07-24")]
    [InlineData("24.07.1969", ".date of=voskhod-2 p=date v=1969-07-24", "1969-07-24")]
    [InlineData("2½ hours", ".duration of=voskhod-2 p=duration v=PT2H30M", "PT2H30M")]
    [InlineData("a fortnight", ".duration of=voskhod-2 p=duration v=P14D", "P14D")]
    [InlineData("Jluy 20, 1969", ".date .sic of=voskhod-2 p=date v=1969-07-20", "1969-07-20")]
    [InlineData("the twentieth", ".date of=voskhod-2 p=date v=1969-07-20", "1969-07-20")]
    [InlineData("7/24/1969", ".date of=voskhod-2 p=date dates=mdy", "1969-07-24")]
    [InlineData("7/24/1969", ".date of=voskhod-2 p=date dates=mdy v=1969-07-24", "1969-07-24")]
    [InlineData("c. 1950", ".date of=voskhod-2 p=date", "1950~")]
    public void Text_no_grammar_reads_takes_its_value_from_v(string text, string attributes, string normalized)
    {
        var outcome = CorpusTexts.RunBody("[" + text + "]{" + attributes + "}");

        CorpusAssert.None(outcome.Diagnostics);
        var statement = outcome.Statement("voskhod-2", attributes.Contains(".date", StringComparison.Ordinal) ? "date" : "duration");
        Assert.Equal(normalized, statement.Value.Normalized);
        Assert.Equal(text, statement.Citation.Quote);
    }

    [Theory]
    // A near miss is the annotator's typo until .sic says the source has it.
    [InlineData("[Jluy 20, 1969]{.date of=voskhod-2 p=date v=1969-07-20}", "LEO0203@2:1", "did you mean 'July'?", "mark the span .sic")]
    // .sic on text no grammar reads still needs the value.
    [InlineData("[Jluy 20, 1969]{.date .sic of=voskhod-2 p=date}", "LEO0203@2:1", "a .sic value span gives its value with v=")]
    // Where the grammar reads the text, v= must agree.
    [InlineData("[July 20, 1969]{.date of=voskhod-2 p=date v=1969-07-21}", "LEO0204@2:43", "1969-07-20")]
    [InlineData("[2½ hours]{.duration of=voskhod-2 p=duration v=PT2H31M}", "LEO0204@2:46", "PT2H30M")]
    [InlineData("[7/24/1969]{.date of=voskhod-2 p=date dates=mdy v=1969-07-25}", "LEO0204@2:49", "1969-07-24")]
    // A numeric date without an order says what it is and how to write it.
    [InlineData("[7/24/1969]{.date of=voskhod-2 p=date}", "LEO0203@2:1", "numeric date", "dates=mdy", "'24 July 1969'")]
    [InlineData("[7/24/1969]{.date of=voskhod-2 p=date dates=dmy}", "LEO0203@2:1", "'24' is not a month")]
    [InlineData("[7/24/1969]{.date of=voskhod-2 p=date dates=usa}", "LEO0209@2:45", "dates=usa is not an order", "dates=mdy")]
    [InlineData("[Voskhod 2]{.mission e=voskhod-2 dates=mdy}", "LEO0209@2:34", "names an entity")]
    public void Near_misses(string body, string expected, params string[] fragments)
    {
        var outcome = CorpusTexts.RunBody(body);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, CorpusAssert.Message(outcome.Diagnostics[0]));
        }
    }

    [Fact]
    public void The_header_declares_the_order_for_the_whole_document_and_a_span_overrides_it()
    {
        var outcome = CorpusPipeline.Run(
            CorpusTexts.Schema,
            CorpusTexts.Cast,
            ("/corpus/a.leo", CorpusTexts.Document("a", "[7/24/1969]{.date of=voskhod-2 p=date} [24.07.1969]{.date of=soyuz-11 p=date dates=dmy}", extra: " dates=mdy")));

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal("1969-07-24", outcome.Statement("voskhod-2", "date").Value.Normalized);
        Assert.Equal("1969-07-24", outcome.Statement("soyuz-11", "date").Value.Normalized);
    }

    [Fact]
    public void A_bad_order_in_the_header_is_reported_once_on_the_header()
    {
        var outcome = CorpusPipeline.Run(
            CorpusTexts.Schema,
            CorpusTexts.Cast,
            ("/corpus/a.leo", CorpusTexts.Document("a", "[18 March 1965]{.date of=voskhod-2 p=date} [1965]{.date of=soyuz-11 p=date}", extra: " dates=american")));

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("LEO0209", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location!.StartLine); // zero-based: the header line
    }
}
