namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Checks;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// The checks' index: a group per subject and property, found through its subject's chain of groups;
/// groups in corpus order of first statement, statements in corpus order within each.
/// </summary>
public sealed class CorpusIndexTests
{
    [Fact]
    public void Each_subject_and_property_is_one_run_in_corpus_order()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[1965]{.date of=hero p=conferred} [18 March 1965]{.date of=voskhod-2 p=date} [22 July 1975]{.date of=hero p=conferred}"),
            CorpusTexts.Doc("b", "[March 1965]{.date of=voskhod-2 p=date} [23 March 1965]{.date of=hero p=conferred}"));
        var index = new CorpusIndex(outcome.Corpus);

        var conferred = index.Of("hero", "conferred");
        Assert.Equal(new[] { "1965", "1975-07-22", "1965-03-23" }, conferred.Select(static s => s.Value.Normalized));
        Assert.Equal(new[] { "1965-03-18", "1965-03" }, index.Of("voskhod-2", "date").Select(static s => s.Value.Normalized));
        for (var i = 0; i < conferred.Count; i++)
        {
            Assert.Same(conferred[i], outcome.Corpus.Statements[conferred.PositionOf(i)]);
        }

        // Every group once, ordered by its first statement; together every statement once.
        var groups = index.Groups.ToList();
        Assert.Equal(
            groups.Select(static g => g.PositionOf(0)).OrderBy(static p => p),
            groups.Select(static g => g.PositionOf(0)));
        Assert.Equal(outcome.Corpus.Statements.Count, groups.Sum(static g => g.Count));
        Assert.All(groups, g => Assert.Equal(g.Count, index.Of(g[0].Subject, g[0].Property).Count));
    }

    [Fact]
    public void A_subject_or_property_never_stated_has_no_statements()
    {
        var outcome = CorpusTexts.Run(CorpusTexts.Doc("a", "[1965]{.date of=hero p=conferred}"));
        var index = new CorpusIndex(outcome.Corpus);

        Assert.Empty(index.Of("hero", "born"));
        Assert.Empty(index.Of("voskhod-2", "conferred"));
        Assert.Single(index.Of("hero", "conferred"));
    }
}
