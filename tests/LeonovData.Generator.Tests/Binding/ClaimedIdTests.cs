namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Statements, references and mentions hold an id as the corpus's claim spells it, not their own
/// document's copy: the driver keeps the bound model, and a copy of each id per document that
/// writes it was kept once the document's text was let go.
/// </summary>
public sealed class ClaimedIdTests
{
    [Fact]
    public void Documents_that_write_the_same_id_share_the_declarations_string()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "The flight was in [1965]{.date of=voskhod-2 p=date}. [Moscow]{.place e=moscow p=deathplace}"),
            CorpusTexts.Doc("b", "It flew in [1966]{.date of=voskhod-2 p=date}. [Moscow]{.place e=moscow p=deathplace}"));

        var dates = outcome.Statements("voskhod-2", "date");
        var places = outcome.Statements("leonov", "deathplace");
        var declared = outcome.Entity("voskhod-2").Id;

        Assert.Equal(2, dates.Count);
        Assert.Same(declared, dates[0].Subject);
        Assert.Same(declared, dates[1].Subject);
        Assert.Same(outcome.Entity("moscow").Id, places[0].Value.EntityId);
        Assert.Same(places[0].Value.EntityId, places[1].Value.EntityId);
        Assert.All(outcome.Corpus.Mentions.Where(static m => m.EntityId == "moscow"), m => Assert.Same(outcome.Entity("moscow").Id, m.EntityId));
    }
}
