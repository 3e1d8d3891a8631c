using LeonovData.Generator.Tests.TestSupport;
using Xunit;

namespace LeonovData.Generator.Tests.Binding;

/// <summary>
/// An attribute the binder would silently ignore is an error at the attribute, and the span is still
/// bound without it: one mistake, one error. Only an ambiguous span (a key given twice) is not bound.
/// </summary>
public sealed class AttributeFitTests
{
    [Theory]
    [InlineData("[1934]{.date p=born kind=x}", "LEO0209@2:21", "kind= belongs to zone markers")]
    [InlineData("[1934]{.date p=born why=\"kept without a rank\"}", "LEO0209@2:21", "why= explains a rank; add rank=preferred or rank=deprecated")]
    [InlineData("[1965]{.date #walk p=date of=voskhod-2} [Moscow]{.place e=moscow on=walk p=place of=leonov}", "LEO0209@2:82", "a qualifier (on=) refines its statement")]
    [InlineData("[1965]{.date #walk p=date of=voskhod-2} [Moscow]{.place e=moscow on=walk p=place rank=preferred why=\"x\"}", "LEO0209@2:82", "a qualifier (on=) is not ranked")]
    [InlineData("[Leonov]{.person e=leonov v=1934}", "LEO0209@2:27", "v= gives a value's normalised form, but this span names an entity")]
    [InlineData("[Leonov]{.person e=leonov cmp=lt}", "LEO0209@2:27", "cmp= qualifies an amount")]
    [InlineData("[Leonov]{.person e=leonov name=\"A. Leonov\"}", "LEO0209@2:27", "name= gives the display name of an entity where it is declared")]
    [InlineData("[Leonov]{.person e=leonov #him}", "LEO0209@2:27", "#him names the statement this span makes, but it makes none")]
    [InlineData("[Leonov]{.person e=leonov rank=preferred why=\"x\"}", "LEO0209@2:27", "rank= ranks a statement, but this span makes none")]
    [InlineData("[1965]{.date #walk p=date of=voskhod-2} [Moscow]{.place e=moscow on=walk}", "LEO0209@2:66", "on= makes the span a qualifier, which needs p=")]
    public void A_misfit_attribute_is_an_error_at_the_attribute(string body, string expected, string message)
    {
        var outcome = CorpusTexts.RunBody(body);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.Contains(outcome.Diagnostics, d => d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_with_a_misfit_attribute_is_still_bound()
    {
        var outcome = CorpusTexts.RunBody("[1934]{.date p=born kind=x}");

        Assert.Equal("1934", outcome.Statement("leonov", "born").Value.Normalized);
    }

    [Theory]
    [InlineData("[1934]{.date p=born p=died}", "LEO0209@2:21")]
    [InlineData("[1934]{.date .date p=born}", "LEO0217@2:14")]
    [InlineData("[1934]{.date #a #b p=born}", "LEO0209@2:17")]
    public void A_key_given_twice_is_an_error_and_the_span_is_not_bound(string body, string expected)
    {
        var outcome = CorpusTexts.RunBody(body);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.DoesNotContain(outcome.Corpus.Statements, s => s.Subject == "leonov" && s.Citation.Document == "doc.leo");
    }

    [Fact]
    public void A_declaration_without_a_name_is_an_error()
    {
        var outcome = CorpusTexts.RunBody("[]{.person #nobody}");

        CorpusAssert.Exactly("LEO0207@2:1", outcome.Diagnostics);
    }

    [Fact]
    public void A_malformed_block_states_nothing_and_reports_only_the_syntax_error()
    {
        // Without the guard the span would bind as 'born' without its broken v= and disagree with nothing, silently.
        var outcome = CorpusTexts.RunBody("[30 May 1934]{.date p=born v=1934.05}");

        CorpusAssert.Exactly("LEO0008@2:30", outcome.Diagnostics);
        Assert.DoesNotContain(outcome.Corpus.Statements, s => s.Property == "born");
    }
}
