namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>One mention, several facts: p= names several properties ("commander and crew") without
/// nesting spans around the same words, and a span that declares an entity names its statement
/// with statement=, so qualifiers can refine it.</summary>
public sealed class SeveralFactsTests
{
    private const string Schema = """
        {.entity #person}
        {.entity #mission}
        {.qualifier #role type=name}
        {.property #commander of=mission type=person}
        {.property #crew of=mission type=person card=many}
        {.property #launched of=mission type=date}
        {.property #landed of=mission type=date}
        """;

    private static CorpusOutcome Run(string body) =>
        CorpusPipeline.Run(Schema, ("/corpus/a.leo", "{#a .source subject=apollo}\n[Apollo 11]{.mission #apollo}\n" + body));

    [Fact]
    public void One_mention_states_two_properties()
    {
        var outcome = Run("[Neil Armstrong]{.person #neil p=\"commander crew\"} and [Buzz Aldrin]{.person #buzz p=crew}");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal("neil", outcome.Statement("apollo", "commander").Value.EntityId);
        Assert.Equal(new[] { "neil", "buzz" }, outcome.Statements("apollo", "crew").Select(static s => s.Value.EntityId));
        Assert.Equal(outcome.Statement("apollo", "commander").Citation, outcome.Statements("apollo", "crew")[0].Citation);
        Assert.Single(outcome.Corpus.Mentions, static m => m.EntityId == "neil"); // one mention, not two
    }

    [Fact]
    public void A_value_span_states_two_properties()
    {
        var outcome = Run("Launched and landed on [July 16, 1969]{.date p=\"launched landed\"}.");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal("1969-07-16", outcome.Statement("apollo", "launched").Value.Normalized);
        Assert.Equal("1969-07-16", outcome.Statement("apollo", "landed").Value.Normalized);
    }

    [Fact]
    public void A_declaring_span_names_its_statement_for_qualifiers()
    {
        var outcome = Run("[Neil Armstrong]{.person #neil p=commander statement=apollo-commander}, the [mission commander]{.name on=apollo-commander p=role}");

        CorpusAssert.None(outcome.Diagnostics);
        var statement = outcome.Statement("apollo", "commander");
        Assert.Equal("apollo-commander", statement.Id);
        Assert.Equal("mission commander", Assert.Single(statement.Qualifiers).Value.Normalized);
        Assert.Equal("Neil Armstrong", outcome.Entity("neil").Name);
    }

    [Theory]
    [InlineData("[Neil]{.person #neil p=\"commander crew\" statement=x}", "LEO0209@3:22", "statement=x names one statement, but p= states 2")]
    [InlineData("[Neil]{.person e=neil #x p=\"commander crew\"} [Neil]{.person #neil}", "LEO0209@3:26", "#x names one statement")]
    [InlineData("[Neil]{.person #neil p=\"crew crew\"}", "LEO0209@3:22", "p= names a property twice")]
    [InlineData("[Neil]{.person #neil p=\"crew comander\"}", "LEO0202@3:25", "'comander' is not a property of mission apollo; did you mean 'commander'?")]
    [InlineData("[pilot]{.name on=x p=\"role role\"} [Neil]{.person #neil p=crew statement=x}", "LEO0209@3:20", "a qualifier (on=) refines its statement with one qualifier")]
    [InlineData("[Neil]{.person #neil statement=x}", "LEO0209@3:22", "it makes none (add p=)")]
    [InlineData("[1969]{.date p=launched statement=x}", "LEO0209@3:25", "on other spans #id names it")]
    public void Near_misses(string body, string expected, string message)
    {
        var outcome = Run(body);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.Contains(message, CorpusAssert.Message(outcome.Diagnostics[0]));
    }
}
