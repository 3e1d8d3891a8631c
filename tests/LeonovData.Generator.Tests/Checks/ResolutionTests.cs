namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Resolution: a single-valued property resolves to the preferred statement, else the most
/// precise; statements that agree with it are backed by it, the others by nothing.
/// </summary>
public sealed class ResolutionTests
{
    private static (CorpusOutcome Outcome, Dictionary<Statement, Statement?> Canonical) Resolve(params (string Path, string Text)[] documents)
    {
        var outcome = CorpusTexts.Run(documents);
        return (outcome, Resolution.Canonical(outcome.Corpus));
    }

    private static Statement Stated(CorpusOutcome outcome, string normalized) =>
        outcome.Statements("voskhod-2", "date").Single(s => s.Value.Normalized == normalized);

    [Fact]
    public void The_most_precise_statement_wins_and_the_others_agree_with_it()
    {
        var (outcome, canonical) = Resolve(
            CorpusTexts.Doc("a", "[1965]{.date of=voskhod-2 p=date}"),
            CorpusTexts.Doc("b", "[18 March 1965]{.date of=voskhod-2 p=date}"),
            CorpusTexts.Doc("c", "[March 1965]{.date of=voskhod-2 p=date}"));

        var day = Stated(outcome, "1965-03-18");
        Assert.Same(day, canonical[day]);
        Assert.Same(day, canonical[Stated(outcome, "1965")]);
        Assert.Same(day, canonical[Stated(outcome, "1965-03")]);
        Assert.Same(day, Resolution.Value(new CorpusIndex(outcome.Corpus), "voskhod-2", "date"));
    }

    [Fact]
    public void Among_equally_precise_statements_the_first_in_corpus_order_wins()
    {
        var (outcome, canonical) = Resolve(
            CorpusTexts.Doc("a", "[18 March 1965]{.date of=voskhod-2 p=date}"),
            CorpusTexts.Doc("b", "[March 18, 1965]{.date of=voskhod-2 p=date}"));

        var statements = outcome.Statements("voskhod-2", "date");
        Assert.Equal("a.leo", canonical[statements[1]]!.Citation.Document);
        Assert.Same(statements[0], canonical[statements[0]]);
    }

    [Fact]
    public void A_preferred_statement_wins_over_a_more_precise_one_and_the_loser_backs_nothing()
    {
        var (outcome, canonical) = Resolve(
            CorpusTexts.Doc("a", "[18 March 1965]{.date of=voskhod-2 p=date}"),
            CorpusTexts.Doc("b", "[March 1965]{.date of=voskhod-2 p=date rank=preferred why=\"checked\"} [1966]{.date of=voskhod-2 p=date}"));

        var preferred = Stated(outcome, "1965-03");
        Assert.Same(preferred, canonical[preferred]);
        Assert.Same(preferred, canonical[Stated(outcome, "1965-03-18")]);
        Assert.Null(canonical[Stated(outcome, "1966")]);
        Assert.Same(preferred, Resolution.Value(new CorpusIndex(outcome.Corpus), "voskhod-2", "date"));
    }

    [Fact]
    public void A_deprecated_statement_backs_nothing_even_when_it_agrees()
    {
        var (outcome, canonical) = Resolve(
            CorpusTexts.Doc("a", "[1965]{.date of=voskhod-2 p=date rank=deprecated why=\"vague\"}"),
            CorpusTexts.Doc("b", "[18 March 1965]{.date of=voskhod-2 p=date}"));

        Assert.Null(canonical[Stated(outcome, "1965")]);
        Assert.Same(Stated(outcome, "1965-03-18"), canonical[Stated(outcome, "1965-03-18")]);
    }

    [Fact]
    public void Only_deprecated_statements_resolve_to_nothing()
    {
        var (outcome, canonical) = Resolve(CorpusTexts.Doc("a", "[1965]{.date of=voskhod-2 p=date rank=deprecated why=\"vague\"}"));

        Assert.Null(canonical[Stated(outcome, "1965")]);
        Assert.Null(Resolution.Value(new CorpusIndex(outcome.Corpus), "voskhod-2", "date"));
    }

    [Fact]
    public void Many_valued_properties_group_agreeing_statements()
    {
        var (outcome, canonical) = Resolve(
            CorpusTexts.Doc("a", "[1965]{.date of=hero p=conferred} [22 July 1975]{.date of=hero p=conferred}"),
            CorpusTexts.Doc("b", "[23 March 1965]{.date of=hero p=conferred}"));

        var conferred = outcome.Statements("hero", "conferred");
        var march = conferred.Single(static s => s.Value.Normalized == "1965-03-23");
        Assert.Same(march, canonical[conferred.Single(static s => s.Value.Normalized == "1965")]);
        Assert.Same(march, canonical[march]);
        var july = conferred.Single(static s => s.Value.Normalized == "1975-07-22");
        Assert.Same(july, canonical[july]);
    }
}
