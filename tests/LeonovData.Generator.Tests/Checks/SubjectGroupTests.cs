namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Checks;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;
using SyntheticCorpus = LeonovData.Synthetic.SyntheticCorpus;

/// <summary>
/// Checks and resolution work per subject group, and split that way they give what the whole corpus
/// gives: every statement in exactly one group, the groups' resolutions joined equal to the corpus's,
/// and the findings of a corpus with disagreements the same whichever way it is run.
/// </summary>
public sealed class SubjectGroupTests
{
    public static TheoryData<string> Corpora => new() { "leonov", "synthetic" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_statement_mention_and_entity_is_in_exactly_one_group(string name)
    {
        var corpus = Outcome(name).Corpus;
        var groups = SubjectGroup.Partition(corpus);

        Assert.Equal(corpus.Statements.OrderBy(static s => s.Location.FilePath).ThenBy(static s => s.Location.Start), groups.SelectMany(static g => g.Statements).OrderBy(static s => s.Location.FilePath).ThenBy(static s => s.Location.Start));
        Assert.Equal(corpus.Mentions.Count, groups.Sum(static g => g.Mentions.Count));
        Assert.Equal(corpus.Entities.Count, groups.Sum(static g => g.Entities.Count));
        Assert.InRange(groups.Count, 2, SubjectGroup.Count);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_groups_resolve_as_the_whole_corpus_does(string name)
    {
        var corpus = Outcome(name).Corpus;
        var whole = Resolution.Canonical(corpus);

        var joined = SubjectGroup.Partition(corpus).SelectMany(static g => Resolution.Canonical(g)).ToList();

        Assert.Equal(whole.Count, joined.Count);
        Assert.All(joined, pair => Assert.Equal(whole[pair.Key], pair.Value));
    }

    [Fact]
    public void Disagreements_across_groups_are_found_as_before()
    {
        // Four documents that disagree about the same subjects, one of which lies within another.
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("a", "[1965]{.date of=voskhod-2 p=date} [Moscow]{.place #moscow} [Burdenko]{.place #burdenko} [Moscow]{.place e=moscow of=burdenko p=located-in}"),
            CorpusTexts.Doc("b", "[1966]{.date of=voskhod-2 p=date} [Burdenko]{.place e=burdenko p=deathplace}"),
            CorpusTexts.Doc("c", "[Moscow]{.place e=moscow p=deathplace} [1920]{.date p=died}"));

        Assert.Equal(
            outcome.CheckDiagnostics.Select(static d => d.ToString()).OrderBy(static d => d, StringComparer.Ordinal),
            SubjectGroup.Partition(outcome.Corpus).SelectMany(static g => Checker.Check(g)).Select(static d => d.ToString()).OrderBy(static d => d, StringComparer.Ordinal));
        Assert.Contains(outcome.CheckDiagnostics, static d => d.Id == "LEO0301");
    }

    private static CorpusOutcome Outcome(string name) => name == "leonov"
        ? CorpusPipeline.Run(Seeds(".leoschema"), Seeds(".leo"))
        : CorpusPipeline.Run(Seeds(".leoschema"), SyntheticCorpus.Generate(30, 60, seed: 9).Select(static d => ("/synthetic/" + d.FileName, d.Text)));

    private static IEnumerable<(string Path, string Text)> Seeds(string extension) =>
        Directory.EnumerateFiles(Path.Combine(CorpusRepository.Root, "seeds"))
            .Where(f => f.EndsWith(extension, StringComparison.Ordinal))
            .OrderBy(static f => f, StringComparer.Ordinal)
            .Select(static f => (f, File.ReadAllText(f)));
}
