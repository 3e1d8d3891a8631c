namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>Keys a span does not take are errors with a did-you-mean (LEO0209); the span still binds.</summary>
public sealed class AttributeKeyTests
{
    [Theory]
    [InlineData("[Leonov]{.person e=leonov nmae=x}", "LEO0209@2:27", "'nmae' is not an attribute of a span; did you mean 'name'?; spans take e= of= p= on= v= cmp= rank= why= name=")]
    [InlineData("[1934]{.date p=born colour=red}", "LEO0209@2:21", "'colour' is not an attribute of a span; spans take")]
    [InlineData("[1934]{.date p=born vv=1934}", "LEO0209@2:21", "'vv' is not an attribute of a span; did you mean 'v'?")]
    public void An_unknown_key_is_reported_at_the_attribute(string body, string expected, string message)
    {
        var outcome = CorpusTexts.RunBody(body);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.StartsWith(message, CorpusAssert.Message(outcome.Diagnostics[0]));
        // The unknown key is reported; the span still binds (a mention or a statement).
        Assert.Equal(1, outcome.Corpus.Statements.Count + outcome.Corpus.Mentions.Count(static m => !m.IsDeclaration));
    }

    [Fact]
    public void Markers_are_no_kinds()
    {
        var outcome = CorpusTexts.RunBody("[Leonov]{.person .variant e=leonov} [Leonvo]{.sic .person e=leonov}");

        CorpusAssert.None(outcome.Diagnostics);
    }
}
