namespace LeonovData.Generator.Tests.Syntax;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// One slip of the hand is one error, at the slip, with the advice that fixes it: the parser
/// recovers the span that was meant, and later references to an entity whose declaration broke
/// are not errors of their own (issue 8's acceptance: each prints exactly one error).
/// </summary>
public sealed class OneMistakeTests
{
    private const string Schema = """
        {.entity #person type=Person plural=People}
        {.entity #mission type=Mission}
        {.property #crew of=mission type=person card=many member=Crew}
        {.property #commander of=mission type=person}
        """;

    private const string Rest = " flew. [Neil Armstrong]{.person #neil of=apollo-11 p=commander} and [Buzz Aldrin]{.person #buzz of=apollo-11 p=crew} walked.\n"
        + "[Apollo 11]{.mission e=apollo-11} returned; [Armstrong]{.person e=neil} spoke.";

    [Theory]
    [InlineData("[Apollo 11] {.mission #apollo-11}", "LEO0014@2:12", "remove it")]
    [InlineData("[Apollo 11]\u00A0{.mission #apollo-11}", "LEO0014@2:12", "remove it")]
    [InlineData("Apollo 11]{.mission #apollo-11}", "LEO0015@2:10", "put '[' where the covered text starts")]
    [InlineData("[Apollo 11{.mission #apollo-11}", "LEO0016@2:11", "close the span opened at (2,1) with ']'")]
    [InlineData("[Apollo 11]{.mission #apollo-11", "LEO0006@2:12", "close it with '}' after '#apollo-11'")]
    [InlineData("[Apollo 11]{.mission #apollo-11 p=", "LEO0006@2:12", "close it with '}' after '#apollo-11'")]
    public void Each_slip_is_one_error_at_the_slip(string first, string expected, string advice)
    {
        var outcome = CorpusPipeline.Run(Schema, ("/corpus/a.leo", "{#a .source}\n" + first + Rest));

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.Contains(advice, CorpusAssert.Message(outcome.Diagnostics[0]));
    }

    [Theory]
    [InlineData("[Apollo 11] {.mission #apollo-11}")]
    [InlineData("[Apollo 11{.mission #apollo-11}")]
    public void A_recovered_span_states_what_was_meant(string first)
    {
        var outcome = CorpusPipeline.Run(Schema, ("/corpus/a.leo", "{#a .source}\n" + first + Rest));

        Assert.Equal("Apollo 11", outcome.Entity("apollo-11").Name);
        Assert.Equal("neil", outcome.Statement("apollo-11", "commander").Value.EntityId);
        Assert.StartsWith("Apollo 11 flew.", outcome.Documents[0].Text);
    }

    [Fact]
    public void An_unclosed_block_still_declares_its_entity_but_states_nothing()
    {
        var outcome = CorpusPipeline.Run(Schema, ("/corpus/a.leo", "{#a .source subject=apollo-11}\n[Apollo 11]{.mission #apollo-11} [Neil]{.person #neil p=commander flew [Buzz]{.person #buzz p=crew}.\n[Neil]{.person e=neil}"));

        CorpusAssert.Exactly("LEO0006@2:40", outcome.Diagnostics);
        Assert.Empty(outcome.Statements("apollo-11", "commander"));
        Assert.Equal("buzz", outcome.Statement("apollo-11", "crew").Value.EntityId);
        Assert.Equal("Apollo 11 Neil flew Buzz.\nNeil", outcome.Documents[0].Text);
    }

    [Theory]
    // Not recovered: the block is on another line, or there is no block at all.
    [InlineData("[x]\n{.name}", "LEO0002@1:3 LEO0004@2:1 LEO0004@2:7")]
    [InlineData("[x] y {z}", "LEO0002@1:3 LEO0004@1:7 LEO0004@1:9")]
    // A brace in an open span that no '}' closes on the line is a stray brace.
    [InlineData("[a {b]{.name}", "LEO0004@1:4")]
    [InlineData("[a {b\n]{.name}", "LEO0004@1:4")]
    // ']' closing nothing without a block stays LEO0003.
    [InlineData("a] b", "LEO0003@1:2")]
    // A quote or comment never closed is reported as itself, not as LEO0006.
    [InlineData("[x]{.name why=\"a [b]", "LEO0007@1:15")]
    public void Near_misses_keep_their_own_errors(string annotated, string expected) =>
        CorpusAssert.Exactly(expected, Parse.Text(annotated).Diagnostics);

    [Fact]
    public void References_to_a_broken_declaration_are_not_errors_in_other_documents()
    {
        var outcome = CorpusPipeline.Run(
            Schema,
            ("/corpus/a.leo", "{#a .source}\nApollo 11]{.mission #apollo-11} flew."),
            ("/corpus/b.leo", "{#b .source subject=apollo-11}\n[Neil]{.person #neil p=commander} on [Apollo 11]{.mission e=apollo-11}."));

        CorpusAssert.Exactly("LEO0015@2:10", outcome.Diagnostics);
    }
}
